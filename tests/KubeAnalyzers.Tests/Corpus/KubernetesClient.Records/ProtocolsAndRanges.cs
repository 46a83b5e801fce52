// Protocol spellings and port numbers as they get mistyped.
using k8s.Models;

namespace Typos;

public static class Ports
{
    private const string Udp = "UDP";
    private const int Base = 60000;

    public static V1Container Dns() => new()
    {
        Name = "coredns",
        Ports =
        [
            new() { Name = "dns", ContainerPort = 53, Protocol = Udp },
            new() { Name = "dns-tcp", ContainerPort = 53, {|K8S1005:Protocol = "Tcp"|} },
            new() { Name = "metrics", ContainerPort = 9153, {|K8S1005:Protocol = "HTTP"|} },
            new() { Name = "sctp", ContainerPort = 3868, Protocol = "SCTP" },
            new() { Name = "empty", ContainerPort = 8181, Protocol = "" },
        ],
    };

    public static V1Container OutOfRange() => new()
    {
        Name = "range",
        Ports =
        [
            new() { {|K8S1002:ContainerPort = Base + 10000|} },
            new() { {|K8S1002:ContainerPort = 0|}, HostPort = 0 },
            new() { ContainerPort = 65535, {|K8S1001:{|K8S1002:HostPort = -1|}|} },
            new() { ContainerPort = 1, {|K8S1001:HostPort = 65535|} },
        ],
    };
}
