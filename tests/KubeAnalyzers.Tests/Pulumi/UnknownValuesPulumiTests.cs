using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>
/// Pulumi programs take their numbers from stack configuration (<c>config.RequireInt32("replicas")</c>) and from other
/// resources' outputs (<c>Output&lt;T&gt;</c>), which are only known during the deployment: no rule that needs such a value
/// reports, and none guesses it, whatever the options ask for.
/// </summary>
public class UnknownValuesPulumiTests
{
    /// <summary>Every rule that needs a number, a protocol, a policy or a strategy to report.</summary>
    private static readonly string[] RulesThatNeedTheValues =
    [
        RuleIds.PortRange,
        RuleIds.DuplicateHostPort,
        RuleIds.HostIPWithoutHostPort,
        RuleIds.InvalidProtocol,
        RuleIds.HostNetworkPortMismatch,
        RuleIds.HostNetworkDnsPolicy,
        RuleIds.ReservedNodePort,
        RuleIds.HostUsersWithHostNamespace,
        RuleIds.ReplicasAboveNodeCount,
        RuleIds.SurgeOnHostPorts,
        RuleIds.OneNodePerReplica,
        RuleIds.InvalidRolloutNumbers,
        RuleIds.TooFewReplicas,
        RuleIds.HostPortConflict,
    ];

    private const string Options = """
        kube_analyzers.node_count = 1
        kube_analyzers.min_replicas = 3
        kube_analyzers.reserved_node_ports = 1-65535
        dotnet_diagnostic.K8S3005.severity = warning
        """;

    /// <summary>
    /// A stack whose counts, ports, policies and strategies come from configuration and from another resource's outputs.
    /// The rules that only need to know that a field is set still report: the known <c>HostNetwork = true</c> (K8S2001) and
    /// the hostPorts that are set to something (K8S1001).
    /// </summary>
    private const string Program = """
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        return await Deployment.RunAsync(() =>
        {
            var config = new Config();
            var replicas = config.RequireInt32("replicas");
            var port = config.RequireInt32("port");
            var appLabels = new InputMap<string>
            {
                { "app", "nginx" },
            };

            var nginx = new K8sDeployment("nginx", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Selector = new LabelSelectorArgs
                    {
                        MatchLabels = appLabels,
                    },
                    Replicas = replicas,
                    Strategy = new DeploymentStrategyArgs
                    {
                        RollingUpdate = new RollingUpdateDeploymentArgs
                        {
                            MaxSurge = config.Get("maxSurge") ?? "25%",
                            MaxUnavailable = config.RequireInt32("maxUnavailable"),
                        },
                    },
                    Template = new PodTemplateSpecArgs
                    {
                        Metadata = new ObjectMetaArgs
                        {
                            Labels = appLabels,
                        },
                        Spec = new PodSpecArgs
                        {
                            {|K8S2001:HostNetwork = true|},
                            DnsPolicy = config.Require("dnsPolicy"),
                            HostUsers = config.RequireBoolean("hostUsers"),
                            Containers =
                            {
                                new ContainerArgs
                                {
                                    Name = "nginx",
                                    Image = "nginx",
                                    Ports =
                                    {
                                        new ContainerPortArgs
                                        {
                                            ContainerPortValue = port,
                                            {|K8S1001:HostPort = config.RequireInt32("hostPort")|},
                                            HostIP = config.Require("hostIP"),
                                            Protocol = config.Require("protocol"),
                                        },
                                        new ContainerPortArgs
                                        {
                                            ContainerPortValue = port,
                                            {|K8S1001:HostPort = config.RequireInt32("hostPort")|},
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            });

            // The sidecar proxy runs as many pods as nginx, on the same port.
            var proxyPort = nginx.Spec.Apply(spec => spec.Template.Spec.Containers[0].Ports[0].ContainerPortValue);
            new K8sDeployment("proxy", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Replicas = nginx.Spec.Apply(spec => spec.Replicas),
                    Strategy = new DeploymentStrategyArgs { Type = Output.Create("Recreate") },
                    Template = new PodTemplateSpecArgs
                    {
                        Spec = new PodSpecArgs
                        {
                            {|K8S2001:HostNetwork = true|},
                            DnsPolicy = Output.Create("ClusterFirst"),
                            Containers = { new ContainerArgs { Name = "proxy", Ports = { new ContainerPortArgs { ContainerPortValue = proxyPort, {|K8S1001:HostPort = proxyPort|} } } } },
                        },
                    },
                },
            });

            return new Dictionary<string, object?>
            {
                ["name"] = nginx.Metadata.Apply(m => m.Name),
            };
        });
        """;

    [Fact]
    public Task ConfigAndOutputValues_ReportNothingThatNeedsThem() => new KubeTest(StandIn.Pulumi, [RuleIds.HostNetwork, RuleIds.HostPort, .. RulesThatNeedTheValues])
    {
        TestCode = Program,
        EditorConfig = Options,
    }.RunAsync();

    /// <summary>The same stack with the values written out: the rules above were silent for want of the values, not by accident.</summary>
    [Fact]
    public async Task SameStackWithKnownValues_ReportsWhatTheValuesBreak()
    {
        var known = Program
            .Replace("{|K8S2001:", string.Empty).Replace("{|K8S1001:", string.Empty).Replace("|}", string.Empty)
            .Replace("config.RequireInt32(\"replicas\")", "2")
            .Replace("config.RequireInt32(\"port\")", "80")
            .Replace("config.Get(\"maxSurge\") ?? \"25%\"", "0")
            .Replace("config.RequireInt32(\"maxUnavailable\")", "0")
            .Replace("config.Require(\"dnsPolicy\")", "\"ClusterFirst\"")
            .Replace("config.RequireBoolean(\"hostUsers\")", "false")
            .Replace("config.RequireInt32(\"hostPort\")", "8080")
            .Replace("config.Require(\"hostIP\")", "\"10.0.0.1\"")
            .Replace("config.Require(\"protocol\")", "\"tcp\"")
            .Replace("nginx.Spec.Apply(spec => spec.Template.Spec.Containers[0].Ports[0].ContainerPortValue)", "8080")
            .Replace("nginx.Spec.Apply(spec => spec.Replicas)", "2")
            .Replace("Output.Create(\"Recreate\")", "\"Recreate\"")
            .Replace("Output.Create(\"ClusterFirst\")", "\"ClusterFirst\"");
        Assert.DoesNotContain("config.", known.Replace("var config = new Config();", string.Empty));
        Assert.DoesNotContain("Output.", known);

        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, known, Options);
        Assert.Equal(
            [
                RuleIds.InvalidProtocol,
                RuleIds.HostNetworkPortMismatch,
                RuleIds.HostNetworkDnsPolicy,
                RuleIds.ReservedNodePort,
                RuleIds.HostUsersWithHostNamespace,
                RuleIds.ReplicasAboveNodeCount,
                RuleIds.InvalidRolloutNumbers,
                RuleIds.TooFewReplicas,
                RuleIds.HostPortConflict,
            ],
            diagnostics.Select(d => d.Id).Where(RulesThatNeedTheValues.Contains).Distinct().Order(System.StringComparer.Ordinal));
    }
}
