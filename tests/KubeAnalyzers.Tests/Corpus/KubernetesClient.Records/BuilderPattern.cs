// A fluent builder that keeps the pod spec in a field: each With... method sets one part of it.
using System.Collections.Generic;
using k8s.Models;

namespace Tooling.Builders;

public sealed class PodSpecBuilder
{
    private readonly V1PodSpec _spec = new() { Containers = new List<V1Container>() };

    public PodSpecBuilder WithHostNetwork()
    {
        {|K8S2001:_spec.HostNetwork = true|};
        return this;
    }

    public PodSpecBuilder WithDnsPolicy(string policy)
    {
        _spec.DnsPolicy = policy;
        return this;
    }

    public PodSpecBuilder WithContainer(string name, string image, int port)
    {
        _spec.Containers.Add(new V1Container { Name = name, Image = image, Ports = [new V1ContainerPort { ContainerPort = port }] });
        return this;
    }

    public V1PodSpec Build() => _spec;
}

public static class BuilderUsage
{
    public static V1PodSpec Agent() => new PodSpecBuilder()
        .WithHostNetwork()
        .WithDnsPolicy("ClusterFirstWithHostNet")
        .WithContainer("agent", "datadog/agent:7", 8126)
        .Build();
}
