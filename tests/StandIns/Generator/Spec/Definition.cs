using System.Collections.Generic;

namespace StandInGenerator.Spec;

/// <summary>What a definition turns into.</summary>
internal enum DefinitionRole
{
    /// <summary>An object with properties: a generated type.</summary>
    Model,

    /// <summary><c>resource.Quantity</c>: a hand-written type.</summary>
    Quantity,

    /// <summary><c>intstr.IntOrString</c>: a hand-written type.</summary>
    IntOrString,

    /// <summary>A scalar alias such as <c>meta.v1.Time</c>: inlined where referenced.</summary>
    Primitive,

    /// <summary>An object without properties or without a type: free-form JSON where referenced.</summary>
    FreeForm,
}

/// <summary>The first entry of <c>x-kubernetes-group-version-kind</c>.</summary>
internal sealed record GroupVersionKind(string Group, string Version, string Kind)
{
    /// <summary><c>v1</c> for the core group, <c>apps/v1</c> otherwise.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;
}

/// <summary>One entry of the spec's <c>definitions</c>.</summary>
internal sealed class Definition
{
    public Definition(string fullName, string group, string? version, string name, DefinitionRole role,
        GroupVersionKind? groupVersionKind, int groupVersionKindCount)
    {
        FullName = fullName;
        Group = group;
        Version = version;
        Name = name;
        Role = role;
        GroupVersionKind = groupVersionKind;
        GroupVersionKindCount = groupVersionKindCount;
    }

    /// <summary><c>io.k8s.api.core.v1.Pod</c>.</summary>
    public string FullName { get; }

    /// <summary>The package segment before the version: <c>core</c>, <c>apps</c>, <c>meta</c>, <c>apiextensions</c>.</summary>
    public string Group { get; }

    /// <summary><c>v1</c>, <c>v1beta1</c>; null for unversioned packages (<c>version.Info</c>, <c>runtime.RawExtension</c>).</summary>
    public string? Version { get; }

    /// <summary><c>Pod</c>.</summary>
    public string Name { get; }

    public DefinitionRole Role { get; }

    public GroupVersionKind? GroupVersionKind { get; }

    public int GroupVersionKindCount { get; }

    /// <summary>Properties in the spec's order (alphabetical in the Kubernetes spec).</summary>
    public IReadOnlyList<PropertySpec> Properties { get; internal set; } = new List<PropertySpec>();

    /// <summary>The scalar type of a <see cref="DefinitionRole.Primitive"/> definition.</summary>
    public PrimitiveKind PrimitiveKind { get; internal set; }

    public PropertySpec? FindProperty(string jsonName)
    {
        foreach (var property in Properties)
        {
            if (property.JsonName == jsonName)
            {
                return property;
            }
        }

        return null;
    }

    public override string ToString() => FullName;
}

/// <summary>One property of a definition.</summary>
internal sealed record PropertySpec(string JsonName, SchemaType Type, bool Required);
