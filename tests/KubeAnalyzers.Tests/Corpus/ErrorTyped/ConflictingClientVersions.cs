// A project that ends up with two KubernetesClient assemblies (v17 and v18) at once. The compiler reports CS1704,
// keeps one of them (v17) and binds every k8s.Models name to it; the analyzer reads the code as bound, in that
// library's shape, and reports what the code says. It must not crash on the duplicate assembly.
// standin: KubernetesClientRecordsAndClasses
// compiler-errors: expected
using System.Collections.Generic;
using k8s.Models;

namespace TwoVersions;

public static class Manifests
{
    public static V1Pod Pod() => new V1Pod
    {
        Spec = new V1PodSpec
        {
            {|K8S2001:{|K8S2003:HostNetwork = true|}|},
            Containers = new List<V1Container> { new V1Container { Name = "app", Ports = [new V1ContainerPort { ContainerPort = 80, {|K8S1001:HostPort = 80|} }] } },
        },
    };

    public static V1PodSpec Legacy() => new V1PodSpec(new List<V1Container>(), {|K8S2001:{|K8S2003:hostNetwork: true|}|});

    public static void Mutate(V1PodSpec spec) => {|K8S2001:spec.HostNetwork = true|};
}
