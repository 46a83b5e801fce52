using System;
using StandInGenerator.Spec;

namespace StandInGenerator.Pulumi;

internal enum PulumiInputShape
{
    /// <summary><c>Input&lt;T&gt;? P { get; set; }</c> (or <c>InputUnion</c>, <c>InputJson</c>).</summary>
    Scalar,

    /// <summary><c>InputList&lt;T&gt; P</c> with a get-or-create backing field.</summary>
    List,

    /// <summary><c>InputMap&lt;T&gt; P</c> with a get-or-create backing field.</summary>
    Map,
}

/// <param name="Type">For scalars the property type; for lists and maps the whole collection type.</param>
internal sealed record PulumiInputType(PulumiInputShape Shape, string Type);

/// <summary>
/// OpenAPI → Pulumi types. Inputs: int32 and int64 → <c>Input&lt;int&gt;</c>, number → <c>Input&lt;double&gt;</c>,
/// quantity and date-time → <c>Input&lt;string&gt;</c>, int-or-string → <c>InputUnion&lt;int, string&gt;</c>,
/// free-form JSON → <c>InputJson</c>, objects → <c>Input&lt;XArgs&gt;</c>. Outputs use plain values.
/// </summary>
internal sealed class PulumiTypeMapper
{
    private const string Immutable = "global::System.Collections.Immutable.";
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    private readonly ApiSpec spec;

    public PulumiTypeMapper(ApiSpec spec) => this.spec = spec;

    public PulumiInputType Input(SchemaType type, bool patch) => type switch
    {
        ArraySchema array => new PulumiInputType(PulumiInputShape.List, $"global::Pulumi.InputList<{Element(array.Item, patch)}>"),
        MapSchema map => new PulumiInputType(PulumiInputShape.Map, $"global::Pulumi.InputMap<{Element(map.Value, patch)}>"),
        IntOrStringSchema => new PulumiInputType(PulumiInputShape.Scalar, "global::Pulumi.InputUnion<int, string>"),
        FreeFormSchema freeForm when SchemaUnion(freeForm, patch, input: true) is { } union =>
            new PulumiInputType(PulumiInputShape.Scalar, $"global::Pulumi.InputUnion<{union.First}, {union.Second}>"),
        FreeFormSchema => new PulumiInputType(PulumiInputShape.Scalar, "global::Pulumi.InputJson"),
        _ => new PulumiInputType(PulumiInputShape.Scalar, $"global::Pulumi.Input<{Element(type, patch)}>"),
    };

    /// <summary>The type of a value inside an input list or map (or inside <c>Input&lt;T&gt;</c>).</summary>
    public string Element(SchemaType type, bool patch) => type switch
    {
        PrimitiveSchema primitive => Primitive(primitive.Kind),
        ArraySchema array => $"{Immutable}ImmutableArray<{Element(array.Item, patch)}>",
        MapSchema map => $"{Immutable}ImmutableDictionary<string, {Element(map.Value, patch)}>",
        ModelSchema model => PulumiNaming.InputTypeReference(model.Definition, patch),
        QuantitySchema => "string",
        IntOrStringSchema => "global::Pulumi.Union<int, string>",
        FreeFormSchema freeForm when SchemaUnion(freeForm, patch, input: true) is { } union =>
            $"global::Pulumi.Union<{union.First}, {union.Second}>",
        FreeFormSchema => JsonElement,
        _ => throw new NotSupportedException(type.ToString()),
    };

    /// <summary>The type of an output field, or the <c>T</c> of a resource's <c>Output&lt;T&gt;</c>.</summary>
    public string Output(SchemaType type, bool patch) => type switch
    {
        PrimitiveSchema primitive => Primitive(primitive.Kind),
        ArraySchema array => $"{Immutable}ImmutableArray<{Output(array.Item, patch)}>",
        MapSchema map => $"{Immutable}ImmutableDictionary<string, {Output(map.Value, patch)}>",
        ModelSchema model => PulumiNaming.OutputTypeReference(model.Definition, patch),
        QuantitySchema => "string",
        IntOrStringSchema => "global::Pulumi.Union<int, string>",
        FreeFormSchema freeForm when SchemaUnion(freeForm, patch, input: false) is { } union =>
            $"global::Pulumi.Union<{union.First}, {union.Second}>",
        FreeFormSchema => JsonElement,
        _ => throw new NotSupportedException(type.ToString()),
    };

    private static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Boolean => "bool",
        PrimitiveKind.Int32 or PrimitiveKind.Int64 => "int",
        PrimitiveKind.Double => "double",
        _ => "string",
    };

    /// <summary>
    /// apiextensions' <c>JSONSchemaPropsOrBool</c>, <c>...OrArray</c> and <c>...OrStringArray</c> are unions of
    /// <c>JSONSchemaProps</c> and a second type in the SDK.
    /// </summary>
    private (string First, string Second)? SchemaUnion(FreeFormSchema freeForm, bool patch, bool input)
    {
        var name = freeForm.DefinitionName;
        if (name is null)
        {
            return null;
        }

        (string Suffix, string Second)[] unions =
        {
            ("JSONSchemaPropsOrBool", "bool"),
            ("JSONSchemaPropsOrStringArray", $"{Immutable}ImmutableArray<string>"),
            ("JSONSchemaPropsOrArray", $"{Immutable}ImmutableArray<{JsonElement}>"),
        };

        foreach (var (suffix, second) in unions)
        {
            if (name.EndsWith("." + suffix, StringComparison.Ordinal))
            {
                var props = spec.Get(name.Substring(0, name.Length - suffix.Length) + "JSONSchemaProps");
                var first = input ? PulumiNaming.InputTypeReference(props, patch) : PulumiNaming.OutputTypeReference(props, patch);
                return (first, second);
            }
        }

        return null;
    }
}
