// A factory with a primary constructor: the ports come from the caller.
using k8s.Models;

namespace Agents;

public sealed class AgentFactory(string image, int hostPort, int containerPort = 8126)
{
    public V1Container Container() => new()
    {
        Name = "agent",
        Image = image,
        Ports = [new() { ContainerPort = containerPort, {|K8S1001:HostPort = hostPort|} }],
    };

    public V1PodTemplateSpec Template() => new()
    {
        Spec = new() { Containers = [Container()], PriorityClassName = "system-node-critical" },
    };
}

public sealed record AgentSettings(string Image, int Port)
{
    public V1ContainerPort ToPort() => new() { ContainerPort = Port };
}
