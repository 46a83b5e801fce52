// Two node agents that both want host port 9100: the second can never run where the first does.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Agents
{
    public static class NodeAgents
    {
        public static V1DaemonSet NodeExporter() => new V1DaemonSet(
            metadata: new V1ObjectMeta(name: "node-exporter"),
            spec: new V1DaemonSetSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>
                {
                    new V1Container("node-exporter", ports: new List<V1ContainerPort> { new V1ContainerPort(9100, {|K8S1001:hostPort: 9100|}) }),
                }))));

        public static V1DaemonSet VendorAgent() => new V1DaemonSet(
            metadata: new V1ObjectMeta(name: "vendor-agent"),
            spec: new V1DaemonSetSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>
                {
                    new V1Container("agent", ports: new List<V1ContainerPort> { new V1ContainerPort({|K8S4001:9100|}) }),
                }, {|K8S2001:{|K8S2003:hostNetwork: true|}|}))));

        public static V1DaemonSet Unrelated() => new V1DaemonSet(
            metadata: new V1ObjectMeta(name: "unrelated"),
            spec: new V1DaemonSetSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>
                {
                    new V1Container("agent", ports: new List<V1ContainerPort> { new V1ContainerPort(9100, {|K8S1001:hostPort: 9100|}, hostIP: "127.0.0.2", protocol: "UDP") }),
                }))));
    }
}
