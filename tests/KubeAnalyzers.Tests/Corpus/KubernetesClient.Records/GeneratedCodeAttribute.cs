// A class marked [GeneratedCode] beside hand-written code: only the hand-written one is analyzed,
// and the generated workload takes no part in cross-workload conflicts.
using System.CodeDom.Compiler;
using System.Collections.Generic;
using k8s.Models;

namespace Mixed;

[GeneratedCode("manifest-gen", "2.1.0")]
public static class GeneratedExporter
{
    public static V1Deployment Deployment() => new()
    {
        Metadata = new() { Name = "generated-exporter" },
        Spec = new()
        {
            Replicas = 4,
            Selector = new(),
            Template = new() { Spec = new() { HostNetwork = true, Containers = [new() { Name = "exporter", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] }] } },
        },
    };
}

public static class HandWritten
{
    public static V1DaemonSet Exporter() => new()
    {
        Metadata = new() { Name = "node-exporter" },
        Spec = new()
        {
            Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "node-exporter" } },
            Template = new() { Spec = new() { Containers = [new() { Name = "exporter", Ports = [new() { ContainerPort = 9100, {|K8S1001:HostPort = 9100|} }] }] } },
        },
    };
}
