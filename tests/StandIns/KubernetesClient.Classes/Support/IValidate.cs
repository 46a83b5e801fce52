// Hand-written stand-in for k8s.IValidate (KubernetesClient v7 to v17; removed in v18).
namespace k8s
{
    public interface IValidate
    {
        void Validate();
    }
}
