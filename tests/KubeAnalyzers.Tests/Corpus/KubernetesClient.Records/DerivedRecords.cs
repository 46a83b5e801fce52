// User records deriving from the models, and a user type that wraps one.
using k8s.Models;

namespace Derived;

public record TeamPodSpec : V1PodSpec
{
    public string Team { get; init; } = "platform";
}

public sealed class PodWrapper(V1Pod pod)
{
    public V1Pod Pod { get; } = pod;

    public bool OnHost => Pod.Spec.HostNetwork ?? false;
}

public static class Use
{
    public static V1PodSpec Spec() => new TeamPodSpec { Team = "edge", Containers = [new() { Name = "edge", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = 80|} }] }] };

    public static PodWrapper Wrap() => new(new V1Pod { Spec = new() { {|K8S2001:{|K8S2003:HostNetwork = true|}|}, Containers = [] } });
}
