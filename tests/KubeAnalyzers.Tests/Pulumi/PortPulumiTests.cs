using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S1002 in Pulumi.Kubernetes programs: <c>ContainerPortValue</c> and <c>HostPort</c> out of range.</summary>
public class PortRangePulumiTests
{
    private const string Id = RuleIds.PortRange;

    [Fact]
    public Task OutOfRangePorts_FromLiteralsConstantsAndLocals_Report() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class WebStack
        {
            const int Base = 65000;

            void Create()
            {
                var zero = 0;
                new K8sDeployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "web",
                                        Ports =
                                        {
                                            new ContainerPortArgs { [|ContainerPortValue = zero|] },
                                            new ContainerPortArgs { ContainerPortValue = 80, {|K8S1001:[|HostPort = Base + 1000|]|} },
                                            new ContainerPortArgs { [|ContainerPortValue = -1|] },
                                        },
                                    },
                                },
                            },
                        },
                    },
                });
            }
        }
        """, Id, RuleIds.HostPort);

    [Fact]
    public Task BoundaryConfigAndOutputPorts_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container(Output<int> published)
            {
                var config = new Config();
                return new ContainerArgs
                {
                    Name = "web",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 1, HostPort = 65535 },
                        new ContainerPortArgs { ContainerPortValue = 65535, HostPort = 0 },
                        new ContainerPortArgs { ContainerPortValue = config.RequireInt32("port"), HostPort = config.RequireInt32("port") * 1000 },
                        new ContainerPortArgs { ContainerPortValue = published, HostPort = published },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheFieldAndValue()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stacks { ContainerPortArgs P() => new ContainerPortArgs { ContainerPortValue = 0, HostPort = 70000 }; }
            """);
        Assert.Equal(
            ["containerPort 0 is out of range: the API server requires a port between 1 and 65535, inclusive", "hostPort 70000 is out of range: the API server requires a port between 1 and 65535, inclusive"],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostPort_OnlyForTheHostPort() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container() => new ContainerArgs
            {
                Name = "web",
                Ports =
                {
                    new ContainerPortArgs { [|ContainerPortValue = 0|], [|HostPort = 70000|] },
                    new ContainerPortArgs
                    {
                        ContainerPortValue = 80,
                        [|HostPort = -8080|],
                    },
                },
            };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container() => new ContainerArgs
            {
                Name = "web",
                Ports =
                {
                    new ContainerPortArgs { [|ContainerPortValue = 0|] },
                    new ContainerPortArgs
                    {
                        ContainerPortValue = 80,
                    },
                },
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveOutOfRangeHostPortKey, Id);
}

/// <summary>K8S1003 in Pulumi.Kubernetes programs: the same protocol/hostIP/hostPort twice in one pod.</summary>
public class DuplicateHostPortPulumiTests
{
    private const string Id = RuleIds.DuplicateHostPort;

    [Fact]
    public Task SamePortAcrossRegularContainers_ReportsTheSecond() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sPod = Pulumi.Kubernetes.Core.V1.Pod;

        class Stacks
        {
            const int Port = 8080;

            void Create()
            {
                var again = 8080;
                new K8sPod("web", new PodArgs
                {
                    Spec = new PodSpecArgs
                    {
                        Containers =
                        {
                            new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = Port } } },
                            new ContainerArgs { Name = "b", Ports = new ContainerPortArgs { ContainerPortValue = 81, Protocol = "TCP", [|HostPort = again|] } },
                            new ContainerArgs
                            {
                                Name = "c",
                                Ports = new[] { new ContainerPortArgs { ContainerPortValue = 82, [|HostPort = 8080|] }, new ContainerPortArgs { ContainerPortValue = 83, [|HostPort = 8080|] } },
                            },
                        },
                    },
                });
            }
        }
        """, Id);

    [Fact]
    public Task SamePortWithinOneInitContainer_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec() => new PodSpecArgs
            {
                InitContainers =
                {
                    new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 }, new ContainerPortArgs { ContainerPortValue = 81, [|HostPort = 80|] } } },
                    new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } },
                },
                Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } },
            };
        }
        """, Id);

    [Fact]
    public Task DifferentProtocolHostIPOrConfigValues_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec()
            {
                var config = new Config();
                return new PodSpecArgs
                {
                    Containers =
                    {
                        new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53 } } },
                        new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, Protocol = "UDP" } } },
                        new ContainerArgs { Name = "c", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, HostIP = "10.0.0.1" } } },
                        new ContainerArgs { Name = "d", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, Protocol = config.Require("protocol") } } },
                        new ContainerArgs { Name = "e", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, HostIP = config.Require("hostIP") } } },
                        new ContainerArgs { Name = "f", Ports = { new ContainerPortArgs { ContainerPortValue = 53, HostPort = config.RequireInt32("hostPort") } } },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheEndpointAndTheFirstOwner()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stacks
            {
                PodSpecArgs Spec() => new PodSpecArgs
                {
                    Containers =
                    {
                        new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 8080 } } },
                        new ContainerArgs { Name = "proxy", Ports = { new ContainerPortArgs { ContainerPortValue = 81, HostPort = 8080 } } },
                    },
                };
            }
            """);
        Assert.Equal(
            "hostPort 8080: TCP/0.0.0.0:8080 is already claimed by container 'web' in this pod; the API server rejects the pod (\"Duplicate value\")",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }
}

/// <summary>K8S1004 in Pulumi.Kubernetes programs: <c>HostIP</c> without a <c>HostPort</c>.</summary>
public class HostIPWithoutHostPortPulumiTests
{
    private const string Id = RuleIds.HostIPWithoutHostPort;

    [Fact]
    public Task HostIPWithoutOrWithZeroHostPort_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const string NodeAddress = "10.0.0.1";

            ContainerArgs Container()
            {
                var config = new Config();
                var port = new ContainerPortArgs { ContainerPortValue = 82 };
                [|port.HostIP = "10.0.0.3"|];
                return new ContainerArgs
                {
                    Name = "web",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, [|HostIP = NodeAddress|] },
                        new ContainerPortArgs { ContainerPortValue = 81, [|HostIP = config.Require("hostIP")|], HostPort = 0 },
                        port,
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task HostIPWithKnownConfigOrOutputHostPort_OrEmpty_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container(Output<int> published)
            {
                var config = new Config();
                return new ContainerArgs
                {
                    Name = "web",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, HostIP = "10.0.0.1", HostPort = 8080 },
                        new ContainerPortArgs { ContainerPortValue = 81, HostIP = "10.0.0.1", HostPort = config.RequireInt32("hostPort") },
                        new ContainerPortArgs { ContainerPortValue = 82, HostIP = "10.0.0.1", HostPort = published },
                        new ContainerPortArgs { ContainerPortValue = 83, HostIP = "" },
                        new ContainerPortArgs { ContainerPortValue = 84, HostIP = null },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task RemoveHostIP_FixAll() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container()
            {
                var port = new ContainerPortArgs { ContainerPortValue = 81 };
                [|port.HostIP = "10.0.0.2"|];
                return new ContainerArgs
                {
                    Name = "web",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, [|HostIP = "10.0.0.1"|], Name = "http" },
                        port,
                    },
                };
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container()
            {
                var port = new ContainerPortArgs { ContainerPortValue = 81 };
                return new ContainerArgs
                {
                    Name = "web",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, Name = "http" },
                        port,
                    },
                };
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveHostIPKey, Id);
}

/// <summary>K8S1005 in Pulumi.Kubernetes programs: a <c>Protocol</c> other than TCP, UDP and SCTP.</summary>
public class InvalidProtocolPulumiTests
{
    private const string Id = RuleIds.InvalidProtocol;

    [Fact]
    public Task WrongCaseAndUnknownProtocols_Report() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class Protocols
        {
            public const string Http = "HTTP";
        }

        class Stacks
        {
            ContainerArgs Container()
            {
                var udp = "udp";
                return new ContainerArgs
                {
                    Name = "dns",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, [|Protocol = "tcp"|] },
                        new ContainerPortArgs { ContainerPortValue = 53, [|Protocol = udp|] },
                        new ContainerPortArgs { ContainerPortValue = 8080, [|Protocol = Protocols.Http|] },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task ValidEmptyConfigAndOutputProtocols_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container(Output<string> protocol)
            {
                var config = new Config();
                return new ContainerArgs
                {
                    Name = "dns",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, Protocol = "TCP" },
                        new ContainerPortArgs { ContainerPortValue = 53, Protocol = "UDP" },
                        new ContainerPortArgs { ContainerPortValue = 38412, Protocol = "SCTP" },
                        new ContainerPortArgs { ContainerPortValue = 81, Protocol = "" },
                        new ContainerPortArgs { ContainerPortValue = 82, Protocol = config.Require("protocol") },
                        new ContainerPortArgs { ContainerPortValue = 83, Protocol = protocol },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task UseUpperCaseProtocol_FixAll_NotOfferedForUnknownNames() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container()
            {
                var metrics = new ContainerPortArgs { ContainerPortValue = 9100 };
                [|metrics.Protocol = "Tcp"|];
                return new ContainerArgs
                {
                    Name = "dns",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, [|Protocol = "tcp"|] },
                        new ContainerPortArgs { ContainerPortValue = 53, [|Protocol = "Udp"|] },
                        new ContainerPortArgs { ContainerPortValue = 8080, [|Protocol = "HTTP"|] },
                        metrics,
                    },
                };
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container()
            {
                var metrics = new ContainerPortArgs { ContainerPortValue = 9100 };
                metrics.Protocol = "TCP";
                return new ContainerArgs
                {
                    Name = "dns",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 80, Protocol = "TCP" },
                        new ContainerPortArgs { ContainerPortValue = 53, Protocol = "UDP" },
                        new ContainerPortArgs { ContainerPortValue = 8080, [|Protocol = "HTTP"|] },
                        metrics,
                    },
                };
            }
        }
        """, SetValueCodeFixProvider.UseUpperCaseProtocolKey, Id);
}

/// <summary>K8S1006 in Pulumi.Kubernetes programs: every hostPort on a cluster whose network plugin has no port mapping.</summary>
public class HostPortWithoutPortMappingPulumiTests
{
    private const string Id = RuleIds.HostPortWithoutPortMapping;

    private const string Program = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class IngressStack : Stack
        {
            const int Metrics = 9100;

            public IngressStack()
            {
                var config = new Config();
                var published = 8080;
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("ingress", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                Containers =
                                {
                                    new ContainerArgs
                                    {
                                        Name = "controller",
                                        Ports =
                                        {
                                            new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = published|] },
                                            new ContainerPortArgs { ContainerPortValue = 9100, [|HostPort = Metrics|] },
                                            new ContainerPortArgs { ContainerPortValue = 81, [|HostPort = config.RequireInt32("hostPort")|] },
                                            new ContainerPortArgs { ContainerPortValue = 82, HostPort = 0 },
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

    [Fact]
    public Task WithoutPortMapping_EveryHostPortReports() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = Program,
        EditorConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("kube_analyzers.cni_port_mapping = true")]
    public Task WithPortMappingOrItsDefault_DoesNotReport(string option) => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = Program.Replace("[|", "").Replace("|]", ""),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task HostPortOfHostNetworkPod_NeedsNoMapping_DoesNotReport() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                PodSpecArgs Spec() => new PodSpecArgs
                {
                    HostNetwork = true,
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers = { new ContainerArgs { Name = "agent", Ports = { new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 } } } },
                };
            }
            """,
        EditorConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();

    [Fact]
    public Task RemoveHostPort_FixAll() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = Program,
        FixedCode = Program
            .Replace(", [|HostPort = published|]", string.Empty)
            .Replace(", [|HostPort = Metrics|]", string.Empty)
            .Replace(", [|HostPort = config.RequireInt32(\"hostPort\")|]", string.Empty),
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveIgnoredHostPortKey,
        GlobalConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();
}

/// <summary>K8S1007 in Pulumi.Kubernetes programs: <c>Ports</c> on an <c>EphemeralContainerArgs</c>.</summary>
public class EphemeralContainerPortsPulumiTests
{
    private const string Id = RuleIds.EphemeralContainerPorts;

    [Fact]
    public Task EphemeralContainerWithPorts_InEachWayOfWritingTheList_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec()
            {
                var debugger = new EphemeralContainerArgs { Name = "debugger" };
                [|debugger.Ports = new InputList<ContainerPortArgs> { new ContainerPortArgs { ContainerPortValue = 9229 } }|];
                return new PodSpecArgs
                {
                    Containers = { new ContainerArgs { Name = "app", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } },
                    EphemeralContainers =
                    {
                        debugger,
                        new EphemeralContainerArgs { Name = "shell", [|Ports = { new ContainerPortArgs { ContainerPortValue = 22 } }|] },
                        new EphemeralContainerArgs { Name = "probe", [|Ports = new ContainerPortArgs { ContainerPortValue = 8080 }|] },
                        new EphemeralContainerArgs { Name = "trace", [|Ports = new[] { new ContainerPortArgs { ContainerPortValue = 6060 } }|] },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task EmptyUnknownOrNoPorts_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec(InputList<ContainerPortArgs> ports) => new PodSpecArgs
            {
                Containers = { new ContainerArgs { Name = "app" } },
                EphemeralContainers =
                {
                    new EphemeralContainerArgs { Name = "a" },
                    new EphemeralContainerArgs { Name = "b", Ports = { } },
                    new EphemeralContainerArgs { Name = "c", Ports = ports },
                    new EphemeralContainerArgs { Name = "d", Ports = new ContainerPortArgs[0] },
                },
            };
        }
        """, Id);

    [Fact]
    public Task RemovePorts_MemberInitializerSingleItemAndAssignmentForms_FixAll() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec()
            {
                var shell = new EphemeralContainerArgs { Name = "shell" };
                [|shell.Ports = new[] { new ContainerPortArgs { ContainerPortValue = 22 } }|];
                return new PodSpecArgs
                {
                    Containers = { new ContainerArgs { Name = "app" } },
                    EphemeralContainers =
                    {
                        new EphemeralContainerArgs
                        {
                            Name = "debugger",
                            Image = "busybox",
                            [|Ports =
                            {
                                new ContainerPortArgs { ContainerPortValue = 9229 },
                            }|],
                        },
                        new EphemeralContainerArgs { Name = "probe", [|Ports = new ContainerPortArgs { ContainerPortValue = 8080 }|], Image = "curl" },
                        shell,
                    },
                };
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec()
            {
                var shell = new EphemeralContainerArgs { Name = "shell" };
                return new PodSpecArgs
                {
                    Containers = { new ContainerArgs { Name = "app" } },
                    EphemeralContainers =
                    {
                        new EphemeralContainerArgs
                        {
                            Name = "debugger",
                            Image = "busybox",
                        },
                        new EphemeralContainerArgs { Name = "probe", Image = "curl" },
                        shell,
                    },
                };
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveEphemeralPortsKey, Id);
}
