// Two teams' workloads that both publish host port 80: they can never share a node.
using k8s.Models;

namespace Cluster;

public static class Teams
{
    public static V1Deployment Storefront() => new()
    {
        Metadata = new() { Name = "storefront" },
        Spec = new()
        {
            {|K8S3002:Replicas = 1|},
            Selector = new(),
            Template = new() { Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 80|} }] }] } },
        },
    };

    public static V1Deployment Blog() => new()
    {
        Metadata = new() { Name = "blog" },
        Spec = new()
        {
            Replicas = 1,
            Strategy = new() { Type = "Recreate" },
            Selector = new(),
            Template = new() { Spec = new() { Containers = [new() { Name = "ghost", Ports = [new() { ContainerPort = 2368, {|K8S1001:{|K8S4001:HostPort = 80|}|} }] }] } },
        },
    };

    public static V1Pod Canary() => new()
    {
        Metadata = new() { Name = "canary" },
        Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 80|}, HostIP = "10.0.0.9", Protocol = "UDP" }] }] },
    };
}
