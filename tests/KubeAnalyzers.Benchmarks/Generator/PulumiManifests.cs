using KubeAnalyzers;

namespace KubeAnalyzers.Benchmarks.Generator;

/// <summary>Methods that declare Pulumi.Kubernetes resources, as members of a static class, with what each one is planted to report.</summary>
internal static class PulumiManifests
{
    public const string Usings = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        """;

    /// <summary>A Deployment whose replicas and image come from the stack's configuration, and its Service. Reports nothing.</summary>
    public static (string Code, Planted Planted) App(int i) => ($$"""
            public static Pulumi.Kubernetes.Apps.V1.Deployment Service{{i}}(Config config)
            {
                var labels = new InputMap<string> { { "app", "svc-{{i}}" } };
                return new Pulumi.Kubernetes.Apps.V1.Deployment("svc-{{i}}", new DeploymentArgs
                {
                    Metadata = new ObjectMetaArgs { Namespace = "services" },
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = config.GetInt32("replicas") ?? 2,
                        Selector = new LabelSelectorArgs { MatchLabels = labels },
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = labels },
                            Spec = new PodSpecArgs
                            {
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "svc",
                                        Image = config.Require("image"),
                                        Ports = { new ContainerPortArgs { Name = "http", ContainerPortValue = 8080 } },
                                        Env = { new EnvVarArgs { Name = "SERVICE_INDEX", Value = "{{i}}" } },
                                    },
                                },
                            },
                        },
                    },
                });
            }

            public static Pulumi.Kubernetes.Core.V1.Service Expose{{i}}() => new("svc-{{i}}", new ServiceArgs
            {
                Metadata = new ObjectMetaArgs { Namespace = "services" },
                Spec = new ServiceSpecArgs
                {
                    Selector = { { "app", "svc-{{i}}" } },
                    Ports = { new ServicePortArgs { Name = "http", Port = 80, TargetPort = 8080 } },
                },
            });

        """, new Planted());

    /// <summary>A Deployment of 2 replicas with a hostPort: K8S1001, K8S3002 (the default maxSurge), K8S3003, and a claim on the port.</summary>
    public static (string Code, Planted Planted) HostPortDeployment(int i, int port) => ($$"""
            public static Pulumi.Kubernetes.Apps.V1.Deployment Gateway{{i}}()
            {
                var labels = new InputMap<string> { { "app", "gateway-{{i}}" } };
                return new Pulumi.Kubernetes.Apps.V1.Deployment("gateway-{{i}}", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = 2,
                        Selector = new LabelSelectorArgs { MatchLabels = labels },
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = labels },
                            Spec = new PodSpecArgs
                            {
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "gateway",
                                        Image = "envoyproxy/envoy:v1.31",
                                        Ports = new ContainerPortArgs { ContainerPortValue = 8443, HostPort = {{port}} },
                                    },
                                },
                            },
                        },
                    },
                });
            }

        """, new Planted().Expect(RuleIds.HostPort, RuleIds.SurgeOnHostPorts, RuleIds.OneNodePerReplica).Claim(port));

    /// <summary>A DaemonSet on the host network: K8S2001, K8S2003 (no dnsPolicy), and a claim on its containerPort.</summary>
    public static (string Code, Planted Planted) HostNetworkDaemonSet(int i, int port) => ($$"""
            public static Pulumi.Kubernetes.Apps.V1.DaemonSet NodeAgent{{i}}()
            {
                var labels = new InputMap<string> { { "app", "node-agent-{{i}}" } };
                return new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-agent-{{i}}", new DaemonSetArgs
                {
                    Metadata = new ObjectMetaArgs { Namespace = "monitoring" },
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = labels },
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = labels },
                            Spec = new PodSpecArgs
                            {
                                HostNetwork = true,
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "node-agent",
                                        Image = "quay.io/prometheus/node-exporter:v1.8.2",
                                        Ports = { new ContainerPortArgs { Name = "metrics", ContainerPortValue = {{port}} } },
                                    },
                                },
                            },
                        },
                    },
                });
            }

        """, new Planted().Expect(RuleIds.HostNetwork, RuleIds.HostNetworkDnsPolicy).Claim(port));

    /// <summary>A DaemonSet with a hostPort: K8S1001, and a claim on the port.</summary>
    public static (string Code, Planted Planted) HostPortDaemonSet(int i, int port) => ($$"""
            public static Pulumi.Kubernetes.Apps.V1.DaemonSet LogShipper{{i}}()
            {
                var labels = new InputMap<string> { { "app", "log-shipper-{{i}}" } };
                return new Pulumi.Kubernetes.Apps.V1.DaemonSet("log-shipper-{{i}}", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = labels },
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = labels },
                            Spec = new PodSpecArgs
                            {
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "fluent-bit",
                                        Image = "fluent/fluent-bit:3.1",
                                        Ports = { new ContainerPortArgs { Name = "forward", ContainerPortValue = 24224, HostPort = {{port}} } },
                                    },
                                },
                            },
                        },
                    },
                });
            }

        """, new Planted().Expect(RuleIds.HostPort).Claim(port));
}
