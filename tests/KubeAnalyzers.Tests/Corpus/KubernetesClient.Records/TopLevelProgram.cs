// A console tool with top-level statements that prints a debugging pod as YAML.
using System;
using System.Linq;
using k8s;
using k8s.Models;

const int DebugPort = 2345;
var image = args.Length > 0 ? args[0] : "ghcr.io/tools/netshoot:latest";

var pod = new V1Pod
{
    ApiVersion = "v1",
    Kind = "Pod",
    Metadata = new() { Name = "netshoot", NamespaceProperty = "default" },
    Spec = new()
    {
        {|K8S2001:{|K8S2003:HostNetwork = true|}|},
        HostPID = true,
        RestartPolicy = "Never",
        Containers =
        [
            new()
            {
                Name = "netshoot",
                Image = image,
                Command = ["sleep", "infinity"],
                Ports = [new() { ContainerPort = DebugPort, Protocol = "TCP" }],
            },
        ],
    },
};

if (args.Contains("--expose"))
{
    {|K8S1001:pod.Spec.Containers[0].Ports[0].HostPort = DebugPort|};
}

{|K8S1001:pod.Spec.Containers[0].Ports[0].HostPort = DebugPort + 1|};
Console.WriteLine(KubernetesYaml.Serialize(pod));
