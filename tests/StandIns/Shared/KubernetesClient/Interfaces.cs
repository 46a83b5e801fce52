// Hand-written stand-in for the KubernetesClient interfaces implemented by the generated models.
using System;
using System.Collections.Generic;

namespace k8s
{
    /// <summary>An object with <c>apiVersion</c> and <c>kind</c>.</summary>
    public interface IKubernetesObject
    {
        string ApiVersion { get; set; }

        string Kind { get; set; }
    }

    /// <summary>An API object with metadata (<c>V1ObjectMeta</c> for objects, <c>V1ListMeta</c> for lists).</summary>
    public interface IKubernetesObject<TMetadata> : IKubernetesObject, IMetadata<TMetadata>
    {
    }

    public interface IMetadata<T>
    {
        T Metadata { get; set; }
    }

    public interface ISpec<T>
    {
        T Spec { get; set; }
    }

    public interface IItems<T>
    {
        IList<T> Items { get; set; }
    }

    /// <summary>Lets <c>foreach</c> iterate a list object directly.</summary>
    public static class ItemsExt
    {
        public static IEnumerator<T> GetEnumerator<T>(this IItems<T> items)
        {
            if (items is null)
            {
                throw new ArgumentNullException(nameof(items));
            }

            return items.Items.GetEnumerator();
        }
    }
}
