using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S0001 in Pulumi.Kubernetes programs: Pod Security admission rejects host namespaces and host ports.</summary>
public class PodSecurityPulumiTests
{
    private const string Id = RuleIds.PodSecurity;

    private const string Program = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDaemonSet = Pulumi.Kubernetes.Apps.V1.DaemonSet;

        class MonitoringStack : Stack
        {
            const bool Shared = true;

            public MonitoringStack()
            {
                var pid = true;
                var labels = new InputMap<string> { { "app", "node-exporter" } };
                var podSpec = new PodSpecArgs
                {
                    [|HostNetwork = Shared|],
                    [|HostPID = pid|],
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers =
                    {
                        new ContainerArgs
                        {
                            Name = "node-exporter",
                            Ports =
                            {
                                new ContainerPortArgs { ContainerPortValue = 9100, [|HostPort = 9100|] },
                                new ContainerPortArgs { ContainerPortValue = 80, HostPort = 0 },
                            },
                        },
                    },
                };
                [|podSpec.HostIPC = true|];
                new K8sDaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = labels },
                        Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = labels }, Spec = podSpec },
                    },
                });
            }
        }
        """;

    [Theory]
    [InlineData("baseline")]
    [InlineData("restricted")]
    public Task BaselineOrRestricted_InPulumiDaemonSet_ReportsHostNamespacesAndHostPorts(string level) => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = Program,
        EditorConfig = "kube_analyzers.pod_security_level = " + level,
    }.RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("kube_analyzers.pod_security_level = privileged")]
    public Task PrivilegedOrUnsetLevel_InPulumiProgram_DoesNotReport(string option) => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = Program.Replace("[|", "").Replace("|]", ""),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task AllowListedConfigOrOutputValues_AndFalseNamespaces_DoNotReport() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                PodSpecArgs Spec(Output<int> published)
                {
                    var config = new Config();
                    return new PodSpecArgs
                    {
                        HostNetwork = config.RequireBoolean("hostNetwork"),
                        HostPID = Output.Create(true),
                        HostIPC = false,
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "agent",
                                Ports =
                                {
                                    new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 },
                                    new ContainerPortArgs { ContainerPortValue = 80, HostPort = config.RequireInt32("hostPort") },
                                    new ContainerPortArgs { ContainerPortValue = 443, HostPort = published },
                                    new ContainerPortArgs { ContainerPortValue = 81, [|HostPort = 8081|] },
                                },
                            },
                        },
                    };
                }
            }
            """,
        GlobalConfig = "kube_analyzers.pod_security_level = baseline\nkube_analyzers.allowed_host_ports = 9100",
    }.RunAsync();

    [Fact]
    public async Task Message_NamesLevelResourceAndField()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create() => new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 8080, HostPort = 8080 } } } } },
                        },
                    },
                });
            }
            """, "kube_analyzers.pod_security_level = baseline");
        Assert.Equal(
            ["Pod Security \"baseline\" rejects Deployment 'web': hostNetwork is true", "Pod Security \"baseline\" rejects Deployment 'web': hostPort 8080 is not in kube_analyzers.allowed_host_ports"],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveField_FixAll_InitializerMembersAndAssignment() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using K8sPod = Pulumi.Kubernetes.Core.V1.Pod;

            class Stacks
            {
                void Create()
                {
                    var spec = new PodSpecArgs
                    {
                        [|HostPID = true|],
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "agent",
                                Ports = { new ContainerPortArgs { ContainerPortValue = 9100, [|HostPort = 9100|] } },
                            },
                        },
                    };
                    [|spec.HostIPC = true|];
                    new K8sPod("agent", new PodArgs { Spec = spec });
                }
            }
            """,
        FixedCode = """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using K8sPod = Pulumi.Kubernetes.Core.V1.Pod;

            class Stacks
            {
                void Create()
                {
                    var spec = new PodSpecArgs
                    {
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "agent",
                                Ports = { new ContainerPortArgs { ContainerPortValue = 9100 } },
                            },
                        },
                    };
                    new K8sPod("agent", new PodArgs { Spec = spec });
                }
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = restricted",
    }.RunAsync();
    /// <summary>A node agent's spec sets several host namespaces side by side: Fix All removes each of them, and only them.</summary>
    [Fact]
    public Task RemoveField_FixAll_SeveralMembersOfOneInitializer() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create() => new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                [|HostNetwork = true|],
                                [|HostPID = true|],
                                DnsPolicy = "ClusterFirstWithHostNet",
                                [|HostIPC = true|],
                                Containers = { new ContainerArgs { Name = "node-exporter", Image = "quay.io/prometheus/node-exporter:v1.8.2" } },
                            },
                        },
                    },
                });
            }
            """,
        FixedCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create() => new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                DnsPolicy = "ClusterFirstWithHostNet",
                                Containers = { new ContainerArgs { Name = "node-exporter", Image = "quay.io/prometheus/node-exporter:v1.8.2" } },
                            },
                        },
                    },
                });
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = baseline",
    }.RunAsync();
}

/// <summary>K8S0002 in a Pulumi.Kubernetes project: options are read and checked whichever library the project uses.</summary>
public class InvalidOptionPulumiTests
{
    private const string HostPortProgram = """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerPortArgs Port() => new ContainerPortArgs { ContainerPortValue = 80, HostPort = 8080 };
        }
        """;

    [Theory]
    [InlineData("kube_analyzers.node_count = lots", "Option 'kube_analyzers.node_count' has the value 'lots', which is not a whole number of nodes, 1 or more; the default is used instead")]
    [InlineData("kube_analyzers.allowed_host_ports = 8080-80", "Option 'kube_analyzers.allowed_host_ports' has the value '8080-80', which is not comma-separated ports (1-65535) and ascending ranges such as 30000-32767; the default is used instead")]
    public async Task InvalidValue_InPulumiProject_ReportsK8S0002_AndTheRulesUseTheDefault(string option, string message)
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, HostPortProgram, option);
        Assert.Equal([RuleIds.InvalidOption, RuleIds.HostPort], diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        var invalid = Assert.Single(diagnostics, d => d.Id == RuleIds.InvalidOption);
        Assert.Equal(message, invalid.GetMessage());
        Assert.False(invalid.Location.IsInSource);
    }

    [Fact]
    public Task ValidOptions_InPulumiProject_ReportNothing() => new KubeTest(StandIn.Pulumi, RuleIds.InvalidOption, RuleIds.HostPort)
    {
        TestCode = HostPortProgram,
        GlobalConfig = """
            kube_analyzers.node_count = 3
            kube_analyzers.allowed_host_ports = 8080
            kube_analyzers.pod_security_level = baseline
            kube_analyzers.cni_port_mapping = true
            """,
    }.RunAsync();
}
