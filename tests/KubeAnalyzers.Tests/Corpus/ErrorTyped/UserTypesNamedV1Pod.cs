// The team's own V1Pod, V1PodSpec and V1ContainerPort in their own namespace, next to the real client: only the
// client's types are Kubernetes models.
// standin: KubernetesClientRecords
using System.Collections.Generic;

namespace Company.Models
{
    public class V1Pod
    {
        public V1PodSpec Spec { get; set; } = new();
    }

    public class V1PodSpec
    {
        public bool? HostNetwork { get; set; }

        public string? DnsPolicy { get; set; }

        public List<V1ContainerPort> Ports { get; set; } = [];
    }

    public record V1ContainerPort(int ContainerPort, int? HostPort = null, string Protocol = "tcp");
}

namespace Company.Deploy
{
    using Company.Models;
    using Client = k8s.Models;

    public static class Manifests
    {
        public static V1Pod Internal() => new V1Pod { Spec = new V1PodSpec { HostNetwork = true, Ports = [new V1ContainerPort(70000, 8080), new(80, HostPort: 80, Protocol: "udp")] } };

        public static void Adjust(V1Pod pod)
        {
            pod.Spec.HostNetwork = true;
            pod.Spec = new() { HostNetwork = true };
        }

        public static Client.V1Pod Real() => new Client.V1Pod { Spec = new Client.V1PodSpec { {|K8S2001:{|K8S2003:HostNetwork = true|}|}, Containers = [] } };
    }
}
