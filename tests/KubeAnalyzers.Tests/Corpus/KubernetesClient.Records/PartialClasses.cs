// One manifest class split in partial declarations: constants in one part, the workload in another.
using System.Collections.Generic;
using k8s.Models;

namespace Logging;

public static partial class FluentBit
{
    private const string Name = "fluent-bit";
    private const int ForwardPort = 24224;
    private const string HostAddress = "127.0.0.1";
}

public static partial class FluentBit
{
    public static V1DaemonSet DaemonSet() => new()
    {
        Metadata = new() { Name = Name, NamespaceProperty = "logging" },
        Spec = new()
        {
            Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = Name } },
            Template = new()
            {
                Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = Name } },
                Spec = new()
                {
                    Containers =
                    [
                        new()
                        {
                            Name = Name,
                            Image = "fluent/fluent-bit:3.1",
                            Ports = [new() { Name = "forward", ContainerPort = ForwardPort, {|K8S1001:HostPort = ForwardPort|}, HostIP = HostAddress }],
                        },
                    ],
                },
            },
        },
    };
}

public static partial class FluentBit
{
    public static string Describe(V1DaemonSet ds) => $"{ds.Metadata.Name}: {ds.Spec.Template.Spec.Containers.Count} containers";
}
