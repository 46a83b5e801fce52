// Ports computed with LINQ from a table of services.
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace Gateway;

public record ServicePort(string Name, int Port, bool OnHost);

public static class GatewayManifests
{
    private static readonly ServicePort[] Table =
    [
        new("http", 8080, OnHost: false),
        new("grpc", 9090, OnHost: false),
        new("admin", 9901, OnHost: true),
    ];

    public static V1Container Envoy() => new()
    {
        Name = "envoy",
        Image = "envoyproxy/envoy:v1.31.0",
        Ports = Table
            .Where(p => !p.OnHost)
            .Select(p => new V1ContainerPort { Name = p.Name, ContainerPort = p.Port })
            .ToList(),
    };

    public static IList<V1ContainerPort> HostPorts() =>
        (from p in Table
         where p.OnHost
         select new V1ContainerPort { Name = p.Name, ContainerPort = p.Port, {|K8S1001:HostPort = p.Port|} }).ToList();

    public static int CountHostPorts(IEnumerable<V1Pod> pods) =>
        pods.SelectMany(p => p.Spec.Containers).SelectMany(c => c.Ports ?? []).Count(p => p.HostPort is > 0);
}
