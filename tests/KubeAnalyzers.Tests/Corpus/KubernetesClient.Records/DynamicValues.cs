// Values that come through `dynamic` (a JSON config read with a dynamic API): never known.
using k8s.Models;

namespace Config.Dynamic;

public static class FromDynamicConfig
{
    public static V1Container Container(dynamic config) => new()
    {
        Name = config.name,
        Image = config.image,
        Ports = [new() { ContainerPort = config.port, {|K8S1001:HostPort = config.hostPort|} }],
    };

    public static V1PodSpec Spec(dynamic config)
    {
        dynamic spec = new V1PodSpec { Containers = [] };
        spec.HostNetwork = config.hostNetwork;
        spec.DnsPolicy = "Default";
        return spec;
    }

    public static V1PodSpec Boxed()
    {
        dynamic onHost = true;
        return new V1PodSpec { Containers = [], {|K8S2001:{|K8S2003:HostNetwork = onHost|}|} };
    }

    public static object Describe(dynamic pod) => pod.Spec.HostNetwork == true ? "host" : "pod";
}
