// hostNetwork pods whose ports collide with the kubelet, etcd and the NodePort range.
using k8s.Models;

namespace NodeAgents;

public static class Collisions
{
    public static V1PodSpec KubeletProxy() => new()
    {
        {|K8S2001:HostNetwork = true|},
        DnsPolicy = "ClusterFirstWithHostNet",
        Containers =
        [
            new()
            {
                Name = "proxy",
                Ports =
                [
                    new() { {|K8S2004:ContainerPort = 10250|} },
                    new() { {|K8S2004:ContainerPort = 2379|}, {|K8S1001:HostPort = 2379|} },
                    new() { ContainerPort = 8080, {|K8S1001:{|K8S2002:{|K8S2004:HostPort = 30080|}|}|} },
                    new() { ContainerPort = 9100 },
                ],
            },
        ],
    };

    public static V1PodSpec NotOnHost() => new()
    {
        Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 10250 }, new() { ContainerPort = 22, {|K8S1001:{|K8S2004:HostPort = 6443|}|} }] }],
    };
}
