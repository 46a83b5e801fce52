// Extension methods that adjust a pod spec passed in by the caller.
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace Extensions;

public static class PodSpecExtensions
{
    public static V1PodSpec OnHostNetwork(this V1PodSpec spec)
    {
        {|K8S2001:spec.HostNetwork = true|};
        spec.DnsPolicy = "ClusterFirstWithHostNet";
        return spec;
    }

    public static V1PodSpec UseNodeNetwork(this V1PodSpec spec)
    {
        {|K8S2001:spec.HostNetwork = true|};
        return spec;
    }

    public static V1Container Expose(this V1Container container, int port)
    {
        container.Ports ??= new List<V1ContainerPort>();
        container.Ports.Add(new V1ContainerPort { ContainerPort = port });
        return container;
    }

    public static V1ContainerPort OnHost(this V1ContainerPort port, string address)
    {
        port.HostIP = address;
        return port;
    }

    public static bool UsesHostPorts(this V1PodSpec spec) => spec.Containers.Any(c => c.Ports?.Any(p => p.HostPort > 0) == true);
}
