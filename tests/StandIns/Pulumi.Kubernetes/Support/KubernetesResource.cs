using System;

namespace Pulumi.Kubernetes
{
    /// <summary>Base class of every generated Kubernetes resource.</summary>
    public abstract class KubernetesResource : global::Pulumi.CustomResource
    {
        internal KubernetesResource(string type, string name, global::Pulumi.ResourceArgs? args, global::Pulumi.CustomResourceOptions? options = null)
            : base(type, name, args, options)
        {
        }
    }

    /// <summary>The Pulumi type token of a Kubernetes resource class.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class KubernetesResourceTypeAttribute : Attribute
    {
        public KubernetesResourceTypeAttribute(string type)
        {
            Type = type;
        }

        public string Type { get; }
    }
}
