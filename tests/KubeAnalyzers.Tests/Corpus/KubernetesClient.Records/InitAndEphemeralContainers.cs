// Init containers and an ephemeral debug container, with the mistakes people make in them.
using System.Collections.Generic;
using k8s.Models;

namespace Debugging;

public static class Containers
{
    public static V1PodSpec Spec() => new()
    {
        InitContainers =
        [
            new() { Name = "wait-for-db", Image = "busybox:1.36", Ports = [new() { ContainerPort = 5432, {|K8S1004:HostIP = "10.0.0.5"|} }] },
            new() { Name = "migrate", Image = "app:migrate", Ports = [new() { ContainerPort = 9000, HostPort = 0, {|K8S1004:HostIP = "0.0.0.0"|} }] },
        ],
        Containers = [new() { Name = "app", Image = "app:1", Ports = [new() { ContainerPort = 8080, HostIP = "" }] }],
        EphemeralContainers =
        [
            new V1EphemeralContainer
            {
                Name = "debugger",
                Image = "busybox:1.36",
                TargetContainerName = "app",
                {|K8S1007:Ports = new List<V1ContainerPort> { new() { ContainerPort = 2345 } }|},
            },
            new V1EphemeralContainer { Name = "shell", Image = "busybox:1.36", Ports = [] },
        ],
    };
}
