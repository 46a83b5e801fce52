// Generic helpers and interfaces around the models.
using System;
using System.Collections.Generic;
using k8s;
using k8s.Models;

namespace Generic;

public interface IManifest<out T>
    where T : IKubernetesObject
{
    T Build();
}

public sealed class DnsCache : IManifest<V1DaemonSet>
{
    public V1DaemonSet Build() => new()
    {
        Metadata = new() { Name = "node-local-dns", NamespaceProperty = "kube-system" },
        Spec = new()
        {
            Selector = new(),
            Template = new()
            {
                Spec = new()
                {
                    {|K8S2001:HostNetwork = true|},
                    DnsPolicy = "Default",
                    PriorityClassName = "system-node-critical",
                    Containers =
                    [
                        new()
                        {
                            Name = "node-cache",
                            Image = "registry.k8s.io/dns/k8s-dns-node-cache:1.23.1",
                            Ports =
                            [
                                new() { Name = "dns", ContainerPort = 53, {|K8S1001:HostPort = 53|}, Protocol = "UDP" },
                                new() { Name = "dns-tcp", ContainerPort = 53, {|K8S1001:HostPort = 53|}, Protocol = "TCP" },
                                new() { Name = "metrics", ContainerPort = 9253, Protocol = "TCP" },
                            ],
                        },
                    ],
                },
            },
        },
    };
}

public static class Registry
{
    public static T Build<T>(IManifest<T> manifest)
        where T : IKubernetesObject => manifest.Build();

    public static TObject Named<TObject>(TObject obj, string name)
        where TObject : IMetadata<V1ObjectMeta>
    {
        obj.Metadata ??= new V1ObjectMeta();
        obj.Metadata.Name = name;
        return obj;
    }

    public static IEnumerable<IKubernetesObject> All() => [Build(new DnsCache())];

    public static Lazy<V1Pod> Cached { get; } = new(() => new V1Pod { Spec = new() { Containers = [new() { Name = "c", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = 8088|} }] }] } });
}
