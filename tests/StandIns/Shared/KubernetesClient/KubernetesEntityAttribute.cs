// Hand-written stand-in for k8s.Models.KubernetesEntityAttribute.
using System;

namespace k8s.Models
{
    /// <summary>Describes the Kubernetes type of a model.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class KubernetesEntityAttribute : Attribute
    {
        public string Kind { get; set; }

        public string Group { get; set; }

        public string ApiVersion { get; set; }

        public string PluralName { get; set; }
    }
}
