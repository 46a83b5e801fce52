// User namespaces (hostUsers: false) combined with host namespaces, which the API server forbids.
using k8s.Models;

namespace UserNamespaces;

public static class Isolation
{
    public static V1PodSpec Broken() => new()
    {
        {|K8S2005:HostUsers = false|},
        {|K8S2001:HostNetwork = true|},
        DnsPolicy = "ClusterFirstWithHostNet",
        HostPID = true,
        Containers = [new() { Name = "app" }],
    };

    public static V1PodSpec Fine() => new()
    {
        HostUsers = false,
        HostNetwork = false,
        Containers = [new() { Name = "app" }],
    };

    public static V1PodSpec Later()
    {
        var spec = new V1PodSpec { Containers = [new() { Name = "app" }], HostIPC = true };
        {|K8S2005:spec.HostUsers = false|};
        return spec;
    }
}
