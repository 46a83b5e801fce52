using k8s.Models;

namespace ClusterManifests;

/// <summary>A metrics agent on every node, scraped on the node's own address.</summary>
public static class NodeExporter
{
    private const int MetricsPort = 9100;

    public static V1DaemonSet Create()
    {
        var labels = new Dictionary<string, string> { ["app"] = "node-exporter" };
        return new V1DaemonSet
        {
            Metadata = new() { Name = "node-exporter", NamespaceProperty = "monitoring" },
            Spec = new()
            {
                Selector = new() { MatchLabels = labels },
                Template = new()
                {
                    Metadata = new() { Labels = labels },
                    Spec = new()
                    {
                        Containers =
                        [
                            new()
                            {
                                Name = "node-exporter",
                                Image = "quay.io/prometheus/node-exporter:v1.8.2",
                                Ports = [new() { Name = "metrics", ContainerPort = MetricsPort, HostPort = MetricsPort }],
                            },
                        ],
                    },
                },
            },
        };
    }
}
