// Monitoring agents built from small helpers; 9100 is allow-listed for the team's node exporters.
// options: kube_analyzers.allowed_host_ports = 9100
using System.Collections.Generic;
using k8s.Models;

namespace Monitoring;

public static class Exporters
{
    private const int NodeExporterPort = 9100;
    private const int ProcessExporterPort = 9256;

    public static V1Container NodeExporter() => new()
    {
        Name = "node-exporter",
        Image = "quay.io/prometheus/node-exporter:v1.8.2",
        Args = ["--path.rootfs=/host"],
        Ports = [new() { Name = "metrics", ContainerPort = NodeExporterPort, HostPort = NodeExporterPort }],
    };

    public static V1Container ProcessExporter() => new()
    {
        Name = "process-exporter",
        Image = "ncabatoff/process-exporter:0.8.3",
        Ports = [new() { Name = "metrics", ContainerPort = ProcessExporterPort, {|K8S1001:HostPort = ProcessExporterPort|} }],
    };

    public static V1DaemonSet Agents(string ns)
    {
        var labels = new Dictionary<string, string> { ["app"] = "exporters" };
        return new()
        {
            Metadata = new() { Name = "exporters", NamespaceProperty = ns },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Template = new()
                {
                    Metadata = new() { Labels = labels },
                    Spec = new() { Containers = [NodeExporter(), ProcessExporter()], Tolerations = [new() { OperatorProperty = "Exists" }] },
                },
            },
        };
    }
}
