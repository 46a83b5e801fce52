using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>One rule set for every library: the same workloads report the same diagnostics whichever library builds them.</summary>
public class PulumiAndKubernetesClientTests
{
    private const string PulumiProgram = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        class ClusterStack : Stack
        {
            public ClusterStack()
            {
                var exporterLabels = new InputMap<string> { { "app", "node-exporter" } };
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = exporterLabels },
                        Template = new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = exporterLabels },
                            Spec = new PodSpecArgs
                            {
                                HostNetwork = true,
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "node-exporter",
                                        Ports = { new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 } },
                                    },
                                },
                            },
                        },
                    },
                });

                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = 2,
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                HostNetwork = false,
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "web",
                                        Ports =
                                        {
                                            new ContainerPortArgs { ContainerPortValue = 80, HostPort = 8080 },
                                            new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, Protocol = "UDP", HostIP = "10.0.0.1" },
                                            new ContainerPortArgs { ContainerPortValue = 443, HostPort = 0 },
                                        },
                                    },
                                },
                            },
                        },
                    },
                });
            }
        }
        """;

    private const string KubernetesClientProgram = """
        using System.Collections.Generic;
        using k8s.Models;

        class Cluster
        {
            IEnumerable<object> Objects()
            {
                var exporterLabels = new Dictionary<string, string> { ["app"] = "node-exporter" };
                yield return new V1DaemonSet
                {
                    Metadata = new() { Name = "node-exporter" },
                    Spec = new()
                    {
                        Selector = new() { MatchLabels = exporterLabels },
                        Template = new()
                        {
                            Metadata = new() { Labels = exporterLabels },
                            Spec = new()
                            {
                                HostNetwork = true,
                                Containers =
                                [
                                    new() { Name = "node-exporter", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] },
                                ],
                            },
                        },
                    },
                };

                yield return new V1Deployment
                {
                    Metadata = new() { Name = "web" },
                    Spec = new()
                    {
                        Replicas = 2,
                        Selector = new(),
                        Template = new()
                        {
                            Spec = new()
                            {
                                HostNetwork = false,
                                Containers =
                                [
                                    new()
                                    {
                                        Name = "web",
                                        Ports =
                                        [
                                            new() { ContainerPort = 80, HostPort = 8080 },
                                            new() { ContainerPort = 53, HostPort = 53, Protocol = "UDP", HostIP = "10.0.0.1" },
                                            new() { ContainerPort = 443, HostPort = 0 },
                                        ],
                                    },
                                ],
                            },
                        },
                    },
                };
            }
        }
        """;

    [Fact]
    public async Task SameWorkloads_InPulumiAndKubernetesClient_ReportTheSameDiagnostics()
    {
        var pulumi = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, PulumiProgram);
        var client = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, KubernetesClientProgram);

        Assert.Equal(
            [RuleIds.HostNetwork, RuleIds.HostNetworkDnsPolicy, RuleIds.HostPort, RuleIds.SurgeOnHostPorts, RuleIds.OneNodePerReplica, RuleIds.HostPort, RuleIds.HostPort],
            pulumi.Select(d => d.Id));
        Assert.Equal(client.Select(d => (d.Id, d.GetMessage())), pulumi.Select(d => (d.Id, d.GetMessage())));
    }

    [Fact]
    public Task OneProject_UsingBothLibraries_ReportsBoth() => Verify.DiagnosticsAsync(StandIn.PulumiAndKubernetesClientRecords, """
        using k8s.Models;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Manifests
        {
            V1PodSpec ClientSpec() => new() { [|HostNetwork = true|], Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = 8080|} }] }] };

            PodSpecArgs PulumiSpec() => new() { [|HostNetwork = true|], Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, {|K8S1001:HostPort = 8080|} } } } } };
        }
        """, RuleIds.HostNetwork, RuleIds.HostPort);
}
