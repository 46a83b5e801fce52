using k8s.Models;

var agent = new V1Container("log-shipper", image: "fluent/fluent-bit:3.1", ports: new List<V1ContainerPort>
{
    new V1ContainerPort(24224, hostPort: 24224, name: "forward"),
});

var podSpec = new V1PodSpec(new List<V1Container> { agent }, hostNetwork: true);
var daemonSet = new V1DaemonSet(
    metadata: new V1ObjectMeta(name: "log-shipper", namespaceProperty: "logging"),
    spec: new V1DaemonSetSpec(new V1LabelSelector(), new V1PodTemplateSpec(spec: podSpec)));

Console.WriteLine(daemonSet.Metadata.Name);
