// Hand-written part of V1PodTemplateSpec, as in the client: it exposes its metadata through IMetadata.
namespace k8s.Models
{
    public partial record V1PodTemplateSpec : IMetadata<V1ObjectMeta>
    {
    }
}
