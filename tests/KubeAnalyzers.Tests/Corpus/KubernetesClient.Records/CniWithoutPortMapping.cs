// A cluster whose CNI has no portmap plugin: hostPort is dropped; hostNetwork still works.
// options: kube_analyzers.cni_port_mapping = false
using k8s.Models;

namespace Cni;

public static class Workloads
{
    public static V1PodSpec Published() => new()
    {
        Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, {|K8S1001:{|K8S1006:HostPort = 8080|}|} }, new() { ContainerPort = 81, HostPort = 0 }] }],
    };

    public static V1PodSpec OnHost() => new()
    {
        {|K8S2001:HostNetwork = true|},
        DnsPolicy = "ClusterFirstWithHostNet",
        Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8080|} }] }],
    };
}
