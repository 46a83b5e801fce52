// Deployments with explicit rollout parameters.
using k8s.Models;

namespace Rollouts;

public static class Strategies
{
    private static V1PodTemplateSpec HostPortTemplate() => new()
    {
        Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8080|} }] }] },
    };

    public static V1DeploymentSpec Surge() => new()
    {
        Replicas = 1,
        Selector = new(),
        Template = new() { Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8081|} }] }] } },
        Strategy = new() { Type = "RollingUpdate", RollingUpdate = new() { {|K8S3002:MaxSurge = 1|}, MaxUnavailable = 0 } },
    };

    public static V1DeploymentSpec Percent() => new()
    {
        Replicas = 1,
        Selector = new(),
        Template = new() { Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8082|} }] }] } },
        Strategy = new() { RollingUpdate = new() { {|K8S3002:MaxSurge = "50%"|} } },
    };

    public static V1DeploymentSpec Safe() => new()
    {
        Replicas = 1,
        Selector = new(),
        Template = new() { Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8083|} }] }] } },
        Strategy = new() { RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
    };

    public static V1DeploymentSpec Stuck() => new()
    {
        Replicas = 4,
        Selector = new(),
        Template = HostPortTemplate(),
        Strategy = new() { RollingUpdate = new() { MaxSurge = "0%", {|K8S3004:MaxUnavailable = 0|} } },
    };

    public static V1DeploymentSpec Negative() => new() { {|K8S3004:Replicas = -1|}, Selector = new(), Template = new() };
}
