using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using StandInGenerator.Spec;

namespace StandInGenerator.Pulumi;

/// <summary>Names used by the Pulumi.Kubernetes .NET SDK.</summary>
internal static class PulumiNaming
{
    /// <summary>Package segment of the definition name → SDK namespace segment.</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["admissionregistration"] = "AdmissionRegistration",
        ["apiextensions"] = "ApiExtensions",
        ["apiregistration"] = "ApiRegistration",
        ["apiserverinternal"] = "ApiServerInternal",
        ["apps"] = "Apps",
        ["authentication"] = "Authentication",
        ["authorization"] = "Authorization",
        ["autoscaling"] = "Autoscaling",
        ["batch"] = "Batch",
        ["certificates"] = "Certificates",
        ["coordination"] = "Coordination",
        ["core"] = "Core",
        ["discovery"] = "Discovery",
        ["events"] = "Events",
        ["flowcontrol"] = "FlowControl",
        ["meta"] = "Meta",
        ["networking"] = "Networking",
        ["node"] = "Node",
        ["policy"] = "Policy",
        ["rbac"] = "Rbac",
        ["resource"] = "Resource",
        ["scheduling"] = "Scheduling",
        ["storage"] = "Storage",
    };

    private static readonly Regex Version = new("^v([0-9]+)(?:(alpha|beta)([0-9]+))?$", RegexOptions.CultureInvariant);

    /// <summary>Definitions that become SDK types: objects with properties in a versioned API package.</summary>
    public static bool IsType(Definition definition) =>
        definition.Role == DefinitionRole.Model && definition.Version is not null;

    /// <summary>Kinds that become resources (<c>Pulumi.Kubernetes.Apps.V1.Deployment</c>).</summary>
    public static bool IsResource(Definition definition) =>
        IsType(definition)
        && definition.GroupVersionKind is not null
        && definition.GroupVersionKindCount == 1
        && definition.Group != "meta"
        && definition.FindProperty("apiVersion") is not null
        && definition.FindProperty("kind") is not null
        && definition.FindProperty("metadata") is not null;

    /// <summary>Resources whose metadata is an ObjectMeta (not lists) also get a <c>...Patch</c> resource.</summary>
    public static bool HasPatchResource(Definition definition) =>
        IsResource(definition)
        && definition.FindProperty("metadata")?.Type is ModelSchema { Definition.Name: "ObjectMeta" };

    /// <summary><c>Apps.V1</c>, <c>Core.V1</c>, <c>Meta.V1</c>, <c>Networking.V1Beta1</c>.</summary>
    public static string GroupVersion(Definition definition) => GroupName(definition) + "." + VersionName(definition.Version!);

    public static string GroupName(Definition definition) =>
        Groups.TryGetValue(definition.Group, out var name) ? name : CSharpNames.Capitalize(definition.Group);

    /// <summary><c>v1</c> → <c>V1</c>, <c>v1beta1</c> → <c>V1Beta1</c>, <c>v1alpha2</c> → <c>V1Alpha2</c>.</summary>
    public static string VersionName(string version)
    {
        var match = Version.Match(version);
        if (!match.Success)
        {
            return CSharpNames.Capitalize(version);
        }

        return "V" + match.Groups[1].Value
            + (match.Groups[2].Success ? CSharpNames.Capitalize(match.Groups[2].Value) + match.Groups[3].Value : string.Empty);
    }

    /// <summary>The schema type name: <c>ContainerPort</c> or <c>ContainerPortPatch</c>.</summary>
    public static string TypeName(Definition definition, bool patch) => definition.Name + (patch ? "Patch" : string.Empty);

    public static string InputTypeName(Definition definition, bool patch) => TypeName(definition, patch) + "Args";

    public static string InputNamespace(Definition definition) => "Pulumi.Kubernetes.Types.Inputs." + GroupVersion(definition);

    public static string OutputNamespace(Definition definition) => "Pulumi.Kubernetes.Types.Outputs." + GroupVersion(definition);

    public static string ResourceNamespace(Definition definition) => "Pulumi.Kubernetes." + GroupVersion(definition);

    public static string InputTypeReference(Definition definition, bool patch) =>
        "global::" + InputNamespace(definition) + "." + InputTypeName(definition, patch);

    public static string OutputTypeReference(Definition definition, bool patch) =>
        "global::" + OutputNamespace(definition) + "." + TypeName(definition, patch);

    /// <summary>
    /// PascalCase of the JSON name (<c>hostIP</c> → <c>HostIP</c>, <c>$ref</c> → <c>Ref</c>,
    /// <c>x-kubernetes-list-type</c> → <c>X_kubernetes_list_type</c>). A property named like the type that
    /// declares it gets the suffix <c>Value</c> (<c>ContainerPortArgs.ContainerPortValue</c>).
    /// </summary>
    public static string PropertyName(string jsonName, string ownerTypeName)
    {
        var name = CSharpNames.Capitalize(jsonName.Replace("$", string.Empty).Replace('-', '_'));
        return name == ownerTypeName ? name + "Value" : name;
    }

    /// <summary>Backing field of a list or map property: <c>_ports</c>.</summary>
    public static string FieldName(string propertyName) => "_" + CSharpNames.Uncapitalize(propertyName);

    /// <summary>The resource type token: <c>kubernetes:apps/v1:Deployment</c>, <c>kubernetes:core/v1:Pod</c>.</summary>
    public static string ResourceToken(GroupVersionKind gvk, string suffix) =>
        $"kubernetes:{(gvk.Group.Length == 0 ? "core" : gvk.Group)}/{gvk.Version}:{gvk.Kind}{suffix}";
}
