// Names and values from constants, interpolation and nameof.
using k8s.Models;

namespace Constants;

public static class Values
{
    public const string DnsPolicy = "ClusterFirstWithHostNet";
    public const string Protocol = "udp";
    public const int Port = 4789;
    public static readonly int RuntimePort = 4790;

    public static V1PodSpec Vxlan(string suffix) => new()
    {
        {|K8S2001:HostNetwork = true|},
        DnsPolicy = DnsPolicy,
        Containers =
        [
            new()
            {
                Name = $"vxlan-{suffix}",
                Ports =
                [
                    new() { Name = nameof(Port), ContainerPort = Port, {|K8S1005:Protocol = Protocol|} },
                    new() { ContainerPort = RuntimePort, {|K8S1001:HostPort = RuntimePort + 1|} },
                    new() { ContainerPort = Port + 2, {|K8S1001:{|K8S2002:HostPort = Port + 3|}|}, {|K8S1005:Protocol = Protocol + ""|} },
                ],
            },
        ],
    };
}
