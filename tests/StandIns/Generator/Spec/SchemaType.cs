namespace StandInGenerator.Spec;

/// <summary>The shape of one property value, with references already resolved.</summary>
internal abstract record SchemaType;

internal enum PrimitiveKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    DateTime,
    Bytes,
}

/// <summary>A JSON scalar (including the inlined <c>meta.v1.Time</c> and <c>MicroTime</c> definitions).</summary>
internal sealed record PrimitiveSchema(PrimitiveKind Kind) : SchemaType;

/// <summary>A JSON array.</summary>
internal sealed record ArraySchema(SchemaType Item) : SchemaType;

/// <summary>A JSON object used as a map (<c>additionalProperties</c>).</summary>
internal sealed record MapSchema(SchemaType Value) : SchemaType;

/// <summary>A reference to a definition that becomes a generated type.</summary>
internal sealed record ModelSchema(Definition Definition) : SchemaType;

/// <summary><c>io.k8s.apimachinery.pkg.api.resource.Quantity</c>.</summary>
internal sealed record QuantitySchema : SchemaType;

/// <summary><c>io.k8s.apimachinery.pkg.util.intstr.IntOrString</c> (or any <c>format: int-or-string</c>).</summary>
internal sealed record IntOrStringSchema : SchemaType;

/// <summary>
/// Free-form JSON: an object without a schema, or a reference to a definition without properties
/// (<c>RawExtension</c>, <c>FieldsV1</c>, <c>apiextensions.v1.JSON</c>, ...). <see cref="DefinitionName"/>
/// is the referenced definition, if any.
/// </summary>
internal sealed record FreeFormSchema(string? DefinitionName) : SchemaType;
