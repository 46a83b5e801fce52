// Pulumi args built by helpers and loops: containers and ports made on their own.
using System.Collections.Generic;
using System.Linq;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;

namespace Stacks.Helpers;

public static class Containers
{
    public static ContainerArgs Proxy(int hostPort) => new ContainerArgs
    {
        Name = "proxy",
        Ports = { new ContainerPortArgs { ContainerPortValue = 3128, {|K8S1001:HostPort = hostPort|} } },
    };

    public static InputList<ContainerPortArgs> Range(int first, int count)
    {
        var ports = new InputList<ContainerPortArgs>();
        for (var i = 0; i < count; i++)
        {
            ports.Add(new ContainerPortArgs { ContainerPortValue = first + i, {|K8S1001:HostPort = first + i|}, Protocol = "UDP" });
        }

        return ports;
    }

    public static PodSpecArgs Spec(IEnumerable<string> names) => new PodSpecArgs
    {
        Containers = names.Select(n => new ContainerArgs { Name = n }).ToList(),
        {|K8S2001:HostNetwork = true|},
        DnsPolicy = "ClusterFirstWithHostNet",
    };

    public static ContainerPortArgs Mistyped() => new ContainerPortArgs { {|K8S1002:ContainerPortValue = 70000|}, {|K8S1005:Protocol = "tcp"|} };
}
