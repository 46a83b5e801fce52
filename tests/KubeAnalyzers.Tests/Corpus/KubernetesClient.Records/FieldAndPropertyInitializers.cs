// Workloads kept in static fields and properties.
using System.Collections.Generic;
using k8s.Models;

namespace Catalog;

public static class Known
{
    public static readonly V1Container Proxy = new() { Name = "proxy", Ports = [new() { ContainerPort = 3128, {|K8S1001:HostPort = 3128|} }] };

    public static V1PodSpec HostSpec { get; } = new() { {|K8S2001:{|K8S2003:HostNetwork = true|}|}, Containers = [Proxy] };

    public static IReadOnlyDictionary<string, V1Pod> ByName { get; } = new Dictionary<string, V1Pod>
    {
        ["proxy"] = new() { Metadata = new() { Name = "proxy" }, Spec = new() { Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 3128, {|K8S1001:HostPort = 3129|} }] }] } },
    };

    public static V1Pod Lazy => new() { Spec = HostSpec };
}
