using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Yaml
{
    /// <summary>Rewrites a resource definition read from YAML (or rendered by Helm) before it is registered.</summary>
    public delegate ImmutableDictionary<string, object> TransformationAction(
        ImmutableDictionary<string, object> obj, global::Pulumi.CustomResourceOptions opts);

    /// <summary>A component made of the Kubernetes resources read from one or more manifests.</summary>
    public abstract class CollectionComponentResource : global::Pulumi.ComponentResource
    {
        private protected CollectionComponentResource(string type, string name, global::Pulumi.ComponentResourceOptions? options = null)
            : base(type, name, options)
        {
        }

        /// <summary>A resource of the collection, by kind, name and namespace.</summary>
        public global::Pulumi.Output<T> GetResource<T>(string name, string? namespaceName = null)
            where T : global::Pulumi.CustomResource =>
            throw new System.NotSupportedException("This is a compile-time stand-in of Pulumi.Kubernetes.");
    }

    /// <summary>The Kubernetes resources of a YAML file.</summary>
    public sealed class ConfigFile : CollectionComponentResource
    {
        public ConfigFile(string name, ConfigFileArgs? args = null, global::Pulumi.ComponentResourceOptions? options = null)
            : base("kubernetes:yaml:ConfigFile", args?.ResourcePrefix != null ? args.ResourcePrefix + "-" + name : name, options)
        {
        }
    }

    public class ConfigFileArgs : global::Pulumi.ResourceArgs
    {
        private List<TransformationAction>? transformations;

        /// <summary>Path or URL of the file.</summary>
        public global::Pulumi.Input<string>? File { get; set; }

        public List<TransformationAction> Transformations
        {
            get => transformations ??= new List<TransformationAction>();
            set => transformations = value;
        }

        public string? ResourcePrefix { get; set; }
    }
}
