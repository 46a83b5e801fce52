// Hand-written stand-in for the most used k8s.Models.ModelExtensions helpers.
using System.Collections.Generic;

namespace k8s.Models
{
    public static class ModelExtensions
    {
        public static V1ObjectMeta EnsureMetadata(this IMetadata<V1ObjectMeta> obj) => obj.Metadata ??= new V1ObjectMeta();

        public static string Name(this IMetadata<V1ObjectMeta> obj) => obj.Metadata?.Name;

        public static string Namespace(this IMetadata<V1ObjectMeta> obj) => obj.Metadata?.NamespaceProperty;

        public static string Uid(this IMetadata<V1ObjectMeta> obj) => obj.Metadata?.Uid;

        public static IDictionary<string, string> Labels(this IMetadata<V1ObjectMeta> obj) => obj.Metadata?.Labels;

        public static IDictionary<string, string> Annotations(this IMetadata<V1ObjectMeta> obj) => obj.Metadata?.Annotations;

        public static string GetLabel(this IMetadata<V1ObjectMeta> obj, string key) =>
            obj.Metadata?.Labels != null && obj.Metadata.Labels.TryGetValue(key, out var value) ? value : null;

        public static void SetLabel(this IMetadata<V1ObjectMeta> obj, string key, string value)
        {
            var metadata = obj.EnsureMetadata();
            metadata.Labels ??= new Dictionary<string, string>();
            metadata.Labels[key] = value;
        }

        public static string GetAnnotation(this IMetadata<V1ObjectMeta> obj, string key) =>
            obj.Metadata?.Annotations != null && obj.Metadata.Annotations.TryGetValue(key, out var value) ? value : null;

        public static void SetAnnotation(this IMetadata<V1ObjectMeta> obj, string key, string value)
        {
            var metadata = obj.EnsureMetadata();
            metadata.Annotations ??= new Dictionary<string, string>();
            metadata.Annotations[key] = value;
        }
    }
}
