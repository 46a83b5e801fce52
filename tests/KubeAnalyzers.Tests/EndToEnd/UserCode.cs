using System.Collections.Generic;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>The manifests program the build tests compile: a DaemonSet, a Deployment and two suppressed host ports.</summary>
internal static class UserCode
{
    /// <summary>A per-node agent on the node's network: K8S2001, K8S2003, and K8S1001 on its hostPort.</summary>
    public const string NodeExporter = """
        using System.Collections.Generic;
        using k8s.Models;

        namespace Shop.Cluster;

        public static class NodeExporter
        {
            private static readonly Dictionary<string, string> Labels = new() { ["app"] = "node-exporter" };

            public static V1DaemonSet Create() => new V1DaemonSet
            {
                Metadata = new V1ObjectMeta { Name = "node-exporter" },
                Spec = new V1DaemonSetSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = Labels },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = Labels },
                        Spec = new V1PodSpec
                        {
                            HostNetwork = true,
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "node-exporter",
                                    Image = "quay.io/prometheus/node-exporter:v1.8.2",
                                    Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9100 }],
                                },
                            ],
                        },
                    },
                },
            };
        }

        """;

    /// <summary>Three replicas publishing hostPort 80 with the default rolling update, and a hostIP without hostPort.</summary>
    public const string Web = """
        using k8s.Models;

        namespace Shop.Cluster;

        public static class Web
        {
            public static V1Deployment Create() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 3,
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "web",
                                    Image = "nginx:1.27",
                                    Ports =
                                    [
                                        new V1ContainerPort { Name = "http", ContainerPort = 8080, HostPort = 80 },
                                        new V1ContainerPort { Name = "metrics", ContainerPort = 9090, HostIP = "10.0.0.1" },
                                    ],
                                },
                            ],
                        },
                    },
                },
            };
        }

        """;

    /// <summary>Two host ports the user has decided to keep: one under [SuppressMessage], one under #pragma.</summary>
    public const string Ingress = """
        using System.Diagnostics.CodeAnalysis;
        using k8s.Models;

        namespace Shop.Cluster;

        public static class Ingress
        {
            [SuppressMessage("Kubernetes.HostPort", "K8S1001", Justification = "The ingress controller answers on every node.")]
            public static V1ContainerPort Http() => new V1ContainerPort { ContainerPort = 80, HostPort = 80 };

            public static V1ContainerPort Https()
            {
        #pragma warning disable K8S1001 // The ingress controller answers on every node.
                return new V1ContainerPort { ContainerPort = 443, HostPort = 443 };
        #pragma warning restore K8S1001
            }
        }

        """;

    public static Dictionary<string, string> Files() => new()
    {
        ["NodeExporter.cs"] = NodeExporter,
        ["Web.cs"] = Web,
        ["Ingress.cs"] = Ingress,
    };
}
