// A project that uses k8s.Models without referencing KubernetesClient: every model type is an error type.
// standin: None
// compiler-errors: expected
using System.Collections.Generic;
using k8s.Models;

namespace NoReference;

public static class Manifests
{
    public static V1Pod Pod() => new V1Pod
    {
        Spec = new V1PodSpec
        {
            HostNetwork = true,
            Containers = new List<V1Container> { new V1Container { Name = "app", Ports = [new V1ContainerPort { ContainerPort = 70000, HostPort = 8080, Protocol = "tcp" }] } },
        },
    };

    public static void Mutate(V1PodSpec spec)
    {
        spec.HostNetwork = true;
        spec.HostUsers = false;
    }
}
