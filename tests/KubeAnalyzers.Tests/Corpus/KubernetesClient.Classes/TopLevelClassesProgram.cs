// A v17 console program with top-level statements, a local function and a switch on arguments.
using System;
using System.Collections.Generic;
using k8s;
using k8s.Models;

var mode = args.Length > 0 ? args[0] : "pod";
object manifest = mode switch
{
    "pod" => Pod(8080),
    "host" => new V1Pod(spec: new V1PodSpec(new List<V1Container> { new V1Container("app") }, {|K8S2001:hostNetwork: true|}, dnsPolicy: "ClusterFirstWithHostNet")),
    _ => throw new ArgumentException(mode),
};
Console.WriteLine(KubernetesYaml.Serialize(manifest));

static V1Pod Pod(int port) => new V1Pod(
    metadata: new V1ObjectMeta(name: "app"),
    spec: new V1PodSpec(new List<V1Container> { new V1Container("app", ports: new List<V1ContainerPort> { new V1ContainerPort(port, {|K8S1001:hostPort: port|}) }) }));
