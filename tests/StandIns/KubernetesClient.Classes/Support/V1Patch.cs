// Hand-written stand-in for k8s.Models.V1Patch (KubernetesClient v7 to v17); the spec's meta.v1.Patch has no properties.
using System;
using System.Text.Json.Serialization;

namespace k8s.Models
{
    public partial class V1Patch
    {
        public enum PatchType
        {
            Unknown,
            JsonPatch,
            MergePatch,
            StrategicMergePatch,
            ApplyPatch,
        }

        public V1Patch(object body, PatchType type)
        {
            Content = body ?? throw new ArgumentNullException(nameof(body));
            Type = type;
        }

        [JsonPropertyName("content")]
        [JsonInclude]
        public object Content { get; private set; }

        public PatchType Type { get; private set; }

        public virtual void Validate()
        {
        }
    }
}
