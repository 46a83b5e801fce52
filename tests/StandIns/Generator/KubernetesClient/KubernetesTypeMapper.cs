using System;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>
/// OpenAPI → C# types of the official client. Scalars are nullable unless the property is required;
/// like the client, items of a list or map follow the nullability of the property that holds them
/// (an optional <c>int64</c> array is <c>IList&lt;long?&gt;</c>).
/// </summary>
internal sealed class KubernetesTypeMapper
{
    private readonly KubernetesNaming naming;
    private readonly string intOrStringType;

    /// <param name="intOrStringType"><c>IntOrString</c> (v18+) or <c>IntstrIntOrString</c> (v7–v17).</param>
    public KubernetesTypeMapper(KubernetesNaming naming, string intOrStringType)
    {
        this.naming = naming;
        this.intOrStringType = intOrStringType;
    }

    public string Map(PropertySpec property) => Map(property.Type, property.Required, property.JsonName);

    private string Map(SchemaType type, bool required, string jsonName) => type switch
    {
        PrimitiveSchema primitive => Primitive(primitive.Kind, required, jsonName),
        ArraySchema array => $"IList<{Map(array.Item, required, jsonName)}>",
        MapSchema map => $"IDictionary<string, {Map(map.Value, required, jsonName)}>",
        ModelSchema model => naming.ClassName(model.Definition),
        QuantitySchema => "ResourceQuantity",
        IntOrStringSchema => intOrStringType,
        FreeFormSchema => "object",
        _ => throw new NotSupportedException(type.ToString()),
    };

    private static string Primitive(PrimitiveKind kind, bool required, string jsonName) => kind switch
    {
        PrimitiveKind.Boolean => required ? "bool" : "bool?",
        PrimitiveKind.Int32 => required ? "int" : "int?",
        PrimitiveKind.Int64 => required ? "long" : "long?",
        PrimitiveKind.Double => required ? "double" : "double?",
        PrimitiveKind.String => "string",
        PrimitiveKind.Bytes => "byte[]",

        // The client keeps eventTime nullable although events.k8s.io/v1 Event marks it required.
        PrimitiveKind.DateTime => required && jsonName != "eventTime" ? "System.DateTime" : "System.DateTime?",
        _ => throw new NotSupportedException(kind.ToString()),
    };
}
