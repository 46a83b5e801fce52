using System;
using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>Options common to all resources.</summary>
    public abstract class ResourceOptions
    {
        private InputList<Resource>? dependsOn;
        private List<string>? ignoreChanges;
        private List<Input<Alias>>? aliases;
        private List<string>? replaceOnChanges;

        public Input<string>? Id { get; set; }

        public Resource? Parent { get; set; }

        public InputList<Resource> DependsOn
        {
            get => dependsOn ??= new InputList<Resource>();
            set => dependsOn = value;
        }

        public bool? Protect { get; set; }

        public List<string> IgnoreChanges
        {
            get => ignoreChanges ??= new List<string>();
            set => ignoreChanges = value;
        }

        public List<string> ReplaceOnChanges
        {
            get => replaceOnChanges ??= new List<string>();
            set => replaceOnChanges = value;
        }

        public string? Version { get; set; }

        public ProviderResource? Provider { get; set; }

        public CustomTimeouts? CustomTimeouts { get; set; }

        public List<Input<Alias>> Aliases
        {
            get => aliases ??= new List<Input<Alias>>();
            set => aliases = value;
        }

        public string? URN { get; set; }

        public bool? RetainOnDelete { get; set; }

        public string? PluginDownloadURL { get; set; }
    }

    /// <summary>Options of a <see cref="CustomResource"/>.</summary>
    public sealed class CustomResourceOptions : ResourceOptions
    {
        private List<string>? additionalSecretOutputs;

        public bool? DeleteBeforeReplace { get; set; }

        public List<string> AdditionalSecretOutputs
        {
            get => additionalSecretOutputs ??= new List<string>();
            set => additionalSecretOutputs = value;
        }

        public string? ImportId { get; set; }

        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2) =>
            options2 ?? options1 ?? new CustomResourceOptions();
    }

    /// <summary>Options of a <see cref="ComponentResource"/>.</summary>
    public sealed class ComponentResourceOptions : ResourceOptions
    {
        private List<ProviderResource>? providers;

        public List<ProviderResource> Providers
        {
            get => providers ??= new List<ProviderResource>();
            set => providers = value;
        }

        public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2) =>
            options2 ?? options1 ?? new ComponentResourceOptions();
    }

    /// <summary>An earlier identity of a resource.</summary>
    public sealed class Alias
    {
        public Input<string>? Name { get; set; }

        public Input<string>? Type { get; set; }

        public Input<string>? Stack { get; set; }

        public Input<string>? Project { get; set; }

        public Resource? Parent { get; set; }

        public Input<string>? Urn { get; set; }

        public bool NoParent { get; set; }
    }

    /// <summary>Custom create, update and delete timeouts.</summary>
    public sealed class CustomTimeouts
    {
        public TimeSpan? Create { get; set; }

        public TimeSpan? Update { get; set; }

        public TimeSpan? Delete { get; set; }
    }
}
