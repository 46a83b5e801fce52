using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StandInGenerator.Spec;

/// <summary>The parts of the Kubernetes OpenAPI v2 document the generators need.</summary>
internal sealed class ApiSpec
{
    private const string QuantityName = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private const string IntOrStringName = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private const string DefinitionRefPrefix = "#/definitions/";

    private static readonly Regex VersionSegment = new("^v[0-9]+((alpha|beta)[0-9]+)?$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, Definition> byName;

    private ApiSpec(List<Definition> definitions, Dictionary<string, string> listOperationPlurals)
    {
        Definitions = definitions;
        byName = definitions.ToDictionary(d => d.FullName, StringComparer.Ordinal);
        ListOperationPlurals = listOperationPlurals;
    }

    /// <summary>All definitions, ordered by full name (ordinal).</summary>
    public IReadOnlyList<Definition> Definitions { get; }

    /// <summary>
    /// Definition full name → plural resource name, read from the <c>list*</c> operations of <c>paths</c>
    /// (the response type of <c>GET /api/v1/namespaces/{namespace}/pods</c> is <c>PodList</c>, plural <c>pods</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> ListOperationPlurals { get; }

    public Definition Get(string fullName) => byName[fullName];

    public static ApiSpec Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var definitionsElement = root.GetProperty("definitions");

        // Pass 1: create every definition so that references can be resolved in pass 2.
        var raw = new List<(Definition Definition, JsonElement Element)>();
        foreach (var entry in definitionsElement.EnumerateObject())
        {
            raw.Add((CreateDefinition(entry.Name, entry.Value), entry.Value));
        }

        raw.Sort((a, b) => string.CompareOrdinal(a.Definition.FullName, b.Definition.FullName));
        var lookup = raw.ToDictionary(r => r.Definition.FullName, r => r.Definition, StringComparer.Ordinal);

        // Pass 2: properties.
        foreach (var (definition, element) in raw)
        {
            if (definition.Role != DefinitionRole.Model)
            {
                continue;
            }

            var required = new HashSet<string>(StringComparer.Ordinal);
            if (element.TryGetProperty("required", out var requiredElement))
            {
                foreach (var name in requiredElement.EnumerateArray())
                {
                    required.Add(name.GetString()!);
                }
            }

            var properties = new List<PropertySpec>();
            foreach (var property in element.GetProperty("properties").EnumerateObject())
            {
                properties.Add(new PropertySpec(property.Name, ParseSchema(property.Value, lookup), required.Contains(property.Name)));
            }

            definition.Properties = properties;
        }

        var plurals = ReadListOperationPlurals(root, lookup);
        return new ApiSpec(raw.Select(r => r.Definition).ToList(), plurals);
    }

    private static Definition CreateDefinition(string fullName, JsonElement element)
    {
        var segments = fullName.Split('.');
        string group;
        string? version = null;
        string name;
        var versionIndex = -1;
        for (var i = segments.Length - 2; i > 0; i--)
        {
            if (VersionSegment.IsMatch(segments[i]))
            {
                versionIndex = i;
                break;
            }
        }

        if (versionIndex > 0)
        {
            group = segments[versionIndex - 1];
            version = segments[versionIndex];
            name = string.Join(".", segments.Skip(versionIndex + 1));
        }
        else
        {
            group = segments[^2];
            name = segments[^1];
        }

        var type = element.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        var format = element.TryGetProperty("format", out var formatElement) ? formatElement.GetString() : null;
        var hasProperties = element.TryGetProperty("properties", out var propertiesElement)
            && propertiesElement.EnumerateObject().Any();

        DefinitionRole role;
        if (fullName == QuantityName)
        {
            role = DefinitionRole.Quantity;
        }
        else if (fullName == IntOrStringName || format == "int-or-string")
        {
            role = DefinitionRole.IntOrString;
        }
        else if (hasProperties)
        {
            role = DefinitionRole.Model;
        }
        else if (type is "string" or "integer" or "number" or "boolean")
        {
            role = DefinitionRole.Primitive;
        }
        else
        {
            role = DefinitionRole.FreeForm;
        }

        GroupVersionKind? gvk = null;
        var gvkCount = 0;
        if (element.TryGetProperty("x-kubernetes-group-version-kind", out var gvkElement))
        {
            gvkCount = gvkElement.GetArrayLength();
            if (gvkCount > 0)
            {
                var first = gvkElement[0];
                gvk = new GroupVersionKind(
                    first.GetProperty("group").GetString()!,
                    first.GetProperty("version").GetString()!,
                    first.GetProperty("kind").GetString()!);
            }
        }

        var definition = new Definition(fullName, group, version, name, role, gvk, gvkCount);
        if (role == DefinitionRole.Primitive)
        {
            definition.PrimitiveKind = ToPrimitive(type!, format);
        }

        return definition;
    }

    private static SchemaType ParseSchema(JsonElement schema, IReadOnlyDictionary<string, Definition> lookup)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            if (!target.StartsWith(DefinitionRefPrefix, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Unsupported reference '{target}'.");
            }

            var definition = lookup[target.Substring(DefinitionRefPrefix.Length)];
            return definition.Role switch
            {
                DefinitionRole.Model => new ModelSchema(definition),
                DefinitionRole.Quantity => new QuantitySchema(),
                DefinitionRole.IntOrString => new IntOrStringSchema(),
                DefinitionRole.Primitive => new PrimitiveSchema(definition.PrimitiveKind),
                _ => new FreeFormSchema(definition.FullName),
            };
        }

        var type = schema.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        var format = schema.TryGetProperty("format", out var formatElement) ? formatElement.GetString() : null;
        switch (type)
        {
            case "array":
                return new ArraySchema(ParseSchema(schema.GetProperty("items"), lookup));
            case "object":
                if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    return new MapSchema(ParseSchema(additional, lookup));
                }

                return new FreeFormSchema(null);
            case "string" when format == "int-or-string":
                return new IntOrStringSchema();
            case "string":
            case "integer":
            case "number":
            case "boolean":
                return new PrimitiveSchema(ToPrimitive(type, format));
            default:
                return new FreeFormSchema(null);
        }
    }

    private static PrimitiveKind ToPrimitive(string type, string? format) => type switch
    {
        "boolean" => PrimitiveKind.Boolean,
        "integer" => format == "int64" ? PrimitiveKind.Int64 : PrimitiveKind.Int32,
        "number" => PrimitiveKind.Double,
        "string" => format switch
        {
            "date-time" => PrimitiveKind.DateTime,
            "byte" => PrimitiveKind.Bytes,
            _ => PrimitiveKind.String,
        },
        _ => throw new InvalidDataException($"Unsupported scalar type '{type}'."),
    };

    private static Dictionary<string, string> ReadListOperationPlurals(JsonElement root, IReadOnlyDictionary<string, Definition> lookup)
    {
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("paths", out var paths))
        {
            return plurals;
        }

        var entries = new List<(string Path, string Definition)>();
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind != JsonValueKind.Object
                    || !operation.Value.TryGetProperty("operationId", out var operationId)
                    || !operationId.GetString()!.StartsWith("list", StringComparison.Ordinal)
                    || !operation.Value.TryGetProperty("responses", out var responses)
                    || !responses.TryGetProperty("200", out var ok)
                    || !ok.TryGetProperty("schema", out var schema)
                    || !schema.TryGetProperty("$ref", out var reference))
                {
                    continue;
                }

                var target = reference.GetString()!.Substring(DefinitionRefPrefix.Length);
                if (lookup.ContainsKey(target))
                {
                    entries.Add((path.Name, target));
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var (path, definition) in entries)
        {
            plurals.TryAdd(definition, path.Substring(path.LastIndexOf('/') + 1));
        }

        return plurals;
    }
}
