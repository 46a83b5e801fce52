// Collection expressions with spreads: known items are seen through the spread.
using System.Collections.Generic;
using k8s.Models;

namespace Collections;

public static class Ports
{
    private static readonly V1ContainerPort Http = new() { Name = "http", ContainerPort = 8080 };

    public static V1Container WithMetrics()
    {
        V1ContainerPort[] basePorts = [new() { Name = "http", ContainerPort = 8080 }, new() { Name = "grpc", ContainerPort = 9090 }];
        return new()
        {
            Name = "api",
            Ports = [.. basePorts, new() { Name = "metrics", ContainerPort = 9100, {|K8S1001:HostPort = 9100|} }],
        };
    }

    public static V1PodSpec Spec(IEnumerable<V1Container> sidecars) => new()
    {
        Containers = [.. sidecars, new() { Name = "main", Ports = [Http] }],
        InitContainers = [],
    };

    public static List<V1ContainerPort> Duplicates() =>
    [
        new() { ContainerPort = 53, {|K8S1001:HostPort = 53|}, Protocol = "UDP" },
        new() { ContainerPort = 53, {|K8S1001:HostPort = 53|}, Protocol = "TCP" },
    ];
}
