// Variants of one pod spec made with `with`: the copies keep what the original had when the analyzer sees it.
// Base is a field, built in its own initializer: from a method, a copy of it is seen only in part, so its unset
// dnsPolicy is not taken as ClusterFirst.
using k8s.Models;

namespace Variants;

public static class SpecVariants
{
    private static readonly V1PodSpec Base = new()
    {
        Containers = [new() { Name = "app", Image = "app:1", Ports = [new() { ContainerPort = 8080 }] }],
        DnsPolicy = "ClusterFirst",
    };

    public static V1PodSpec OnHost() => Base with { {|K8S2001:HostNetwork = true|} };

    public static V1PodSpec OnHostWithDns() => Base with { {|K8S2001:HostNetwork = true|}, DnsPolicy = "ClusterFirstWithHostNet" };

    public static V1Pod Pod(V1PodSpec spec, string name) => new() { Metadata = new() { Name = name }, Spec = spec with { RestartPolicy = "Always" } };

    public static V1PodSpec Isolated()
    {
        var shared = new V1PodSpec { Containers = [], HostIPC = true };
        var copy = shared with { HostIPC = false };
        return copy;
    }
}
