using System;
using System.Collections.Generic;
using StandInGenerator.Spec;

namespace StandInGenerator.KubernetesClient;

/// <summary>What the client adds to a kind: <c>[KubernetesEntity]</c>, the <c>Kube*</c> constants and interfaces.</summary>
internal sealed record KubernetesKind(
    string Group,
    string ApiVersion,
    string Kind,
    string PluralName,
    IReadOnlyList<string> Interfaces);

/// <summary>
/// Finds the kinds (definitions with <c>x-kubernetes-group-version-kind</c>) and their plural names. The plural
/// comes from the spec's <c>list*</c> operations, the way the client derives it; a list's item kind gets the
/// list's plural. Kinds without a list operation (TokenReview, Eviction, ...) get the English plural of the
/// lower-cased kind (<c>tokenreviews</c>); the client leaves those empty.
/// </summary>
internal sealed class KubernetesKinds
{
    private readonly KubernetesNaming naming;
    private readonly Dictionary<string, string> pluralsByClassName = new(StringComparer.Ordinal);

    public KubernetesKinds(ApiSpec spec, KubernetesNaming naming)
    {
        this.naming = naming;

        var direct = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (definitionName, plural) in spec.ListOperationPlurals)
        {
            direct[naming.ClassName(spec.Get(definitionName))] = plural;
        }

        foreach (var (className, plural) in direct)
        {
            if (className.EndsWith("List", StringComparison.Ordinal))
            {
                pluralsByClassName[className.Substring(0, className.Length - "List".Length)] = plural;
            }
        }

        foreach (var (className, plural) in direct)
        {
            pluralsByClassName[className] = plural;
        }
    }

    /// <summary>The kind information, or null when the definition is not an API object with apiVersion and kind.</summary>
    public KubernetesKind? Get(Definition definition, bool addValidateInterface)
    {
        var gvk = definition.GroupVersionKind;
        if (gvk is null || definition.FindProperty("apiVersion") is null || definition.FindProperty("kind") is null)
        {
            // WatchEvent carries a group-version-kind but has neither apiVersion nor kind.
            return null;
        }

        var interfaces = new List<string>();
        interfaces.Add(definition.FindProperty("metadata")?.Type is ModelSchema metadata
            ? $"IKubernetesObject<{naming.ClassName(metadata.Definition)}>"
            : "IKubernetesObject");

        if (definition.FindProperty("items")?.Type is ArraySchema { Item: ModelSchema item })
        {
            interfaces.Add($"IItems<{naming.ClassName(item.Definition)}>");
        }

        // A spec without properties (a placeholder) maps to object and gets no ISpec<T>.
        if (definition.FindProperty("spec")?.Type is ModelSchema spec)
        {
            interfaces.Add($"ISpec<{naming.ClassName(spec.Definition)}>");
        }

        if (addValidateInterface)
        {
            interfaces.Add("IValidate");
        }

        var className = naming.ClassName(definition);
        if (!pluralsByClassName.TryGetValue(className, out var pluralName))
        {
            pluralName = GuessPlural(gvk.Kind.ToLowerInvariant());
        }

        return new KubernetesKind(gvk.Group, gvk.Version, gvk.Kind, pluralName, interfaces);
    }

    private static string GuessPlural(string kind)
    {
        if (kind.EndsWith("ss", StringComparison.Ordinal) || kind.EndsWith("us", StringComparison.Ordinal)
            || kind.EndsWith('x') || kind.EndsWith("ch", StringComparison.Ordinal) || kind.EndsWith("sh", StringComparison.Ordinal))
        {
            return kind + "es";
        }

        if (kind.EndsWith('s'))
        {
            // Already plural: APIVersions, DeleteOptions.
            return kind;
        }

        if (kind.Length > 1 && kind.EndsWith('y') && "aeiou".IndexOf(kind[^2]) < 0)
        {
            return kind.Substring(0, kind.Length - 1) + "ies";
        }

        return kind + "s";
    }
}
