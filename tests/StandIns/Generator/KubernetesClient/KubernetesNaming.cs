using System;
using System.Collections.Generic;
using System.Linq;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>
/// Names used by the official .NET client (<c>k8s.Models</c>): class names from definition names,
/// property names from JSON names, constructor parameter names from property names.
/// </summary>
internal sealed class KubernetesNaming
{
    private static readonly Dictionary<string, string> ReservedProperties = new(StringComparer.Ordinal)
    {
        ["namespace"] = "NamespaceProperty",
        ["continue"] = "ContinueProperty",
        ["$ref"] = "RefProperty",
        ["default"] = "DefaultProperty",
        ["operator"] = "OperatorProperty",
        ["$schema"] = "Schema",
        ["enum"] = "EnumProperty",
        ["object"] = "ObjectProperty",
        ["readOnly"] = "ReadOnlyProperty",
        ["from"] = "FromProperty",
        ["int"] = "IntValue",
        ["bool"] = "BoolValue",
        ["string"] = "StringValue",
    };

    private readonly Dictionary<Definition, string> classNames = new();

    public KubernetesNaming(ApiSpec spec)
    {
        // io.k8s.api.core.v1.Pod -> "v1" + "Pod" -> V1Pod. Where two definitions would get the same short
        // name, both keep their group segment as well: Corev1EndpointPort, Discoveryv1EndpointPort.
        var byShortName = spec.Definitions
            .GroupBy(ShortName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        foreach (var definition in spec.Definitions)
        {
            var shortName = ShortName(definition);
            classNames[definition] = byShortName[shortName] > 1 ? LongName(definition) : shortName;
        }
    }

    public string ClassName(Definition definition) => classNames[definition];

    /// <summary>
    /// PascalCase of the JSON name in which every upper-case letter keeps starting a word
    /// (<c>hostIP</c> → <c>HostIP</c>), with the client's reserved-name table and <c>-</c> as a word break.
    /// </summary>
    public static string PropertyName(string jsonName, string className)
    {
        if (!ReservedProperties.TryGetValue(jsonName, out var name))
        {
            name = string.Concat(jsonName.Split('-').Select(CSharpNames.Capitalize));
        }

        // A member cannot share its type's name; never happens in the spec, kept as a guard.
        return name == className ? name + "Property" : name;
    }

    /// <summary>Constructor parameter (old, class-based shape): camelCase of the property name.</summary>
    public static string ParameterName(string propertyName) => CSharpNames.Escape(CSharpNames.Uncapitalize(propertyName));

    private static string ShortName(Definition definition) =>
        CSharpNames.Capitalize((definition.Version ?? definition.Group) + definition.Name);

    private static string LongName(Definition definition) =>
        CSharpNames.Capitalize(definition.Group + (definition.Version ?? string.Empty) + definition.Name);
}
