// A log shipper written against KubernetesClient 17: positional and named constructor arguments.
using System;
using System.Collections.Generic;
using k8s.Models;

var agent = new V1Container("log-shipper", image: "fluent/fluent-bit:3.1", ports: new List<V1ContainerPort>
{
    new V1ContainerPort(24224, {|K8S1001:hostPort: 24224|}, name: "forward"),
    new V1ContainerPort(2020, null, {|K8S1001:{|K8S2002:2021|}|}, "http"),
});

var podSpec = new V1PodSpec(new List<V1Container> { agent }, {|K8S2001:{|K8S2003:hostNetwork: true|}|});
var daemonSet = new V1DaemonSet(
    metadata: new V1ObjectMeta(name: "log-shipper", namespaceProperty: "logging"),
    spec: new V1DaemonSetSpec(new V1LabelSelector(), new V1PodTemplateSpec(spec: podSpec)));

Console.WriteLine(daemonSet.Metadata.Name);
