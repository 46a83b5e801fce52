// Port ranges added in loops, and a pod whose spec is filled in statement by statement.
using System.Collections.Generic;
using k8s.Models;

namespace Media.Streaming;

public static class RtpRelay
{
    public static V1Container Relay(int firstPort, int count)
    {
        var container = new V1Container { Name = "relay", Image = "ghcr.io/media/rtp-relay:1.2", Ports = new List<V1ContainerPort>() };
        for (var i = 0; i < count; i++)
        {
            container.Ports.Add(new V1ContainerPort { ContainerPort = firstPort + i, {|K8S1001:HostPort = firstPort + i|}, Protocol = "UDP" });
        }

        foreach (var name in new[] { "stats", "health" })
        {
            container.Ports.Add(new V1ContainerPort { Name = name, ContainerPort = name == "stats" ? 9000 : 9001 });
        }

        return container;
    }

    public static V1Pod Pod()
    {
        var pod = new V1Pod { Metadata = new V1ObjectMeta { Name = "rtp-relay" }, Spec = new V1PodSpec { Containers = [] } };
        var ports = new List<V1ContainerPort>();
        var port = 5004;
        while (port < 5010)
        {
            ports.Add(new V1ContainerPort { ContainerPort = port, Protocol = "UDP" });
            port += 2;
        }

        pod.Spec.Containers.Add(new V1Container { Name = "relay", Ports = ports });
        return pod;
    }
}
