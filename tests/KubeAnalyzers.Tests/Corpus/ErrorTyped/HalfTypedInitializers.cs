// Code in the middle of being typed: missing values, a missing comma, a misspelled value, a value of the wrong type.
// What the code says is reported as it is typed (HostPort = 8080 after a missing comma, a hostPort the analyzer
// cannot read); nothing is guessed from what does not bind.
// compiler-errors: expected
// standin: KubernetesClientRecords
using k8s.Models;

namespace Typing;

public static class Draft
{
    public static V1Pod Pod() => new V1Pod
    {
        Spec = new V1PodSpec
        {
            HostNetwork = ,
            Containers = [new V1Container { Name = "app", Ports = [new V1ContainerPort { ContainerPort = 80 {|K8S1001:HostPort = 8080|} }] }],
        },
    };

    public static V1PodSpec Spec() => new V1PodSpec { Containers = [], HostNetwork = tru };

    public static V1ContainerPort Port() => new V1ContainerPort { ContainerPort = 80, {|K8S1001:HostPort = "8080"|} };
}
