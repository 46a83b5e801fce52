// Tuples, deconstruction and out variables around port numbers.
using System.Collections.Generic;
using k8s.Models;

namespace Tuples;

public static class PortPairs
{
    private static readonly (int Container, int Host)[] Pairs = [(8080, 80), (8443, 443)];

    public static V1Container Web()
    {
        var (container, host) = Pairs[0];
        var ports = new List<V1ContainerPort> { new() { ContainerPort = container, {|K8S1001:HostPort = host|} } };
        if (int.TryParse("9000", out var admin))
        {
            ports.Add(new() { ContainerPort = admin, {|K8S1001:HostPort = admin|} });
        }

        return new() { Name = "web", Ports = ports };
    }

    public static V1ContainerPort Swapped()
    {
        int a = 1, b = 2;
        (a, b) = (b, a);
        return new() { ContainerPort = a, {|K8S1001:HostPort = b|} };
    }
}
