// One Deployment per environment, chosen by a switch expression: only one of them is ever built.
using System;
using k8s.Models;

namespace Environments;

public enum Stage { Dev, Prod }

public static class Ingress
{
    public static V1Deployment For(Stage stage) => stage switch
    {
        Stage.Dev => new V1Deployment
        {
            Metadata = new() { Name = "edge-dev" },
            Spec = new()
            {
                Replicas = 1,
                Strategy = new() { Type = "Recreate" },
                Selector = new(),
                Template = new() { Spec = new() { Containers = [new() { Name = "edge", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 443|} }] }] } },
            },
        },
        Stage.Prod => new V1Deployment
        {
            Metadata = new() { Name = "edge" },
            Spec = new()
            {
                Replicas = 1,
                Strategy = new() { Type = "Recreate" },
                Selector = new(),
                Template = new() { Spec = new() { Containers = [new() { Name = "edge", Ports = [new() { ContainerPort = 8443, {|K8S1001:HostPort = 443|} }] }] } },
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static V1Deployment Either(bool production) => production
        ? new V1Deployment { Metadata = new() { Name = "edge-a" }, Spec = new() { Replicas = 1, Strategy = new() { Type = "Recreate" }, Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "edge", Ports = [new() { ContainerPort = 9443, {|K8S1001:HostPort = 9443|} }] }] } } } }
        : new V1Deployment { Metadata = new() { Name = "edge-b" }, Spec = new() { Replicas = 1, Strategy = new() { Type = "Recreate" }, Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "edge", Ports = [new() { ContainerPort = 9443, {|K8S1001:HostPort = 9443|} }] }] } } } };
}
