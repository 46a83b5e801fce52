// Lambdas, local functions and delegates that build containers.
using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace Functional;

public static class Factories
{
    public static Func<string, V1Container> Sidecar = name => new V1Container { Name = name, Ports = [new() { ContainerPort = 15090 }] };

    public static V1PodSpec Spec(IReadOnlyList<string> names)
    {
        V1Container Make(string name, int port) => new() { Name = name, Ports = [new() { ContainerPort = port, {|K8S1001:HostPort = port|} }] };
        static V1ContainerPort Metrics() => new() { Name = "metrics", ContainerPort = 9102 };

        var containers = names.Select((n, i) => Make(n, 8000 + i)).ToList();
        containers.Add(new V1Container { Name = "exporter", Ports = [Metrics()] });
        return new V1PodSpec { Containers = containers };
    }

    public static Action<V1PodSpec> Tweak = spec =>
    {
        {|K8S2001:spec.HostNetwork = true|};
    };
}
