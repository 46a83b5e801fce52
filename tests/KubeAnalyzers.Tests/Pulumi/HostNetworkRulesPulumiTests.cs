using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S2002 in Pulumi.Kubernetes programs: under hostNetwork a regular container's hostPort must equal its containerPort.</summary>
public class HostNetworkPortMismatchPulumiTests
{
    private const string Id = RuleIds.HostNetworkPortMismatch;

    [Fact]
    public Task HostPortDiffersFromContainerPortValue_InPulumiDeployment_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        return await Deployment.RunAsync(() =>
        {
            new K8sDeployment("nginx", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Replicas = 2,
                    Template = new PodTemplateSpecArgs
                    {
                        Spec = new PodSpecArgs
                        {
                            HostNetwork = true,
                            Containers = { new ContainerArgs { Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } } } },
                        },
                    },
                },
            });
        });
        """, Id);

    [Fact]
    public Task HostNetworkAssignedLater_AndPortsFromConstants_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const int Http = 80;
            const int Published = 9090;

            void Create()
            {
                var port = Published;
                var spec = new PodSpecArgs
                {
                    Containers = { new ContainerArgs { Name = "web", Ports = new[] { new ContainerPortArgs { ContainerPortValue = Http, [|HostPort = port|] } } } },
                };
                spec.HostNetwork = true;
                new Pulumi.Kubernetes.Core.V1.Pod("web", new PodArgs { Spec = spec });
            }
        }
        """, Id);

    [Theory]
    [InlineData("HostNetwork = true", "ContainerPortValue = 80, HostPort = 80")]
    [InlineData("HostNetwork = true", "ContainerPortValue = 80, HostPort = 0")]
    [InlineData("HostNetwork = false", "ContainerPortValue = 80, HostPort = 8080")]
    [InlineData("HostNetwork = config.RequireBoolean(\"hostNetwork\")", "ContainerPortValue = 80, HostPort = 8080")]
    [InlineData("HostNetwork = true", "ContainerPortValue = 80, HostPort = config.RequireInt32(\"hostPort\")")]
    [InlineData("HostNetwork = true", "ContainerPortValue = config.RequireInt32(\"port\"), HostPort = 80")]
    [InlineData("HostNetwork = true", "ContainerPortValue = port, HostPort = 80")]
    [InlineData("HostNetwork = Output.Create(true)", "ContainerPortValue = 80, HostPort = 8080")]
    public Task MatchingZeroConfigOrOutput_DoesNotReport(string hostNetwork, string ports) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec(Output<int> port)
            {
                var config = new Config();
                return new PodSpecArgs
                {
                    {{hostNetwork}},
                    Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { {{ports}} } } } },
                };
            }
        }
        """, Id);

    [Fact]
    public Task InitContainerPort_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec() => new PodSpecArgs
            {
                HostNetwork = true,
                InitContainers = { new ContainerArgs { Name = "init", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 8080 } } } },
                Containers = { new ContainerArgs { Name = "web" } },
            };
        }
        """, Id);

    [Fact]
    public Task SetHostPortToContainerPort_LiteralConstantAndAssignment_FixAll() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const int MetricsPort = 9100;

            PodSpecArgs Spec()
            {
                var admin = new ContainerPortArgs { ContainerPortValue = 9000 };
                [|admin.HostPort = 19000|];
                return new PodSpecArgs
                {
                    HostNetwork = true,
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers =
                    {
                        new ContainerArgs { Name = "nginx", Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] }, admin } },
                        new ContainerArgs { Name = "exporter", Ports = new ContainerPortArgs { ContainerPortValue = MetricsPort, [|HostPort = 19100|] } },
                    },
                };
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const int MetricsPort = 9100;

            PodSpecArgs Spec()
            {
                var admin = new ContainerPortArgs { ContainerPortValue = 9000 };
                admin.HostPort = 9000;
                return new PodSpecArgs
                {
                    HostNetwork = true,
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers =
                    {
                        new ContainerArgs { Name = "nginx", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 }, admin } },
                        new ContainerArgs { Name = "exporter", Ports = new ContainerPortArgs { ContainerPortValue = MetricsPort, HostPort = MetricsPort } },
                    },
                };
            }
        }
        """, SetValueCodeFixProvider.SetHostPortToContainerPortKey, Id);

    [Fact]
    public Task RemoveHostPort_UnderHostNetwork() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec() => new PodSpecArgs
            {
                HostNetwork = true,
                Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } } } },
            };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec() => new PodSpecArgs
            {
                HostNetwork = true,
                Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } },
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveMismatchedHostPortKey, Id);
}

/// <summary>K8S2003 in Pulumi.Kubernetes programs: hostNetwork without <c>DnsPolicy = "ClusterFirstWithHostNet"</c>.</summary>
public class HostNetworkDnsPolicyPulumiTests
{
    private const string Id = RuleIds.HostNetworkDnsPolicy;

    [Fact]
    public Task NginxOnHostNetwork_WithoutDnsPolicy_ReportsK8S2001AndK8S2003() => Verify.DiagnosticsAsync(
        StandIn.Pulumi,
        PulumiPrograms.HostNetworkNginx("Replicas = 2,")
            .Replace("HostNetwork = true,", "{|K8S2001:[|HostNetwork = true|]|},")
            .Replace("\n                    DnsPolicy = \"ClusterFirstWithHostNet\",", string.Empty),
        Id,
        RuleIds.HostNetwork);

    [Fact]
    public Task ExplicitClusterFirst_FromConstant_AndLaterAssignment_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class DnsPolicies
        {
            public const string Default = "ClusterFirst";
        }

        class Stacks
        {
            PodSpecArgs A() => new PodSpecArgs { [|HostNetwork = true|], DnsPolicy = DnsPolicies.Default, Containers = { new ContainerArgs { Name = "a" } } };

            PodSpecArgs B()
            {
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b" } } };
                [|spec.HostNetwork = true|];
                return spec;
            }
        }
        """, Id);

    [Fact]
    public Task LaterAssignmentOfClusterFirstWithHostNet_Silences() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec()
            {
                var spec = new PodSpecArgs { HostNetwork = true, Containers = { new ContainerArgs { Name = "a" } } };
                spec.DnsPolicy = "ClusterFirstWithHostNet";
                return spec;
            }
        }
        """, Id);

    [Theory]
    [InlineData("HostNetwork = true, DnsPolicy = \"ClusterFirstWithHostNet\"")]
    [InlineData("HostNetwork = true, DnsPolicy = \"Default\"")]
    [InlineData("HostNetwork = true, DnsPolicy = \"None\"")]
    [InlineData("HostNetwork = true, DnsPolicy = config.Require(\"dnsPolicy\")")]
    [InlineData("HostNetwork = true, DnsPolicy = config.Get(\"dnsPolicy\") ?? \"ClusterFirst\"")]
    [InlineData("HostNetwork = true, DnsPolicy = policy")]
    [InlineData("HostNetwork = config.RequireBoolean(\"hostNetwork\")")]
    [InlineData("HostNetwork = false")]
    public Task OtherConfigOrOutputDnsPolicy_OrNoHostNetwork_DoesNotReport(string members) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs Spec(Output<string> policy)
            {
                var config = new Config();
                return new PodSpecArgs { {{members}}, Containers = { new ContainerArgs { Name = "a" } } };
            }
        }
        """, Id);

    [Fact]
    public async Task Message_SaysWhetherThePolicyIsUnsetOrClusterFirst()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void A() => new Pulumi.Kubernetes.Core.V1.Pod("agent", new PodArgs { Spec = new PodSpecArgs { HostNetwork = true } });
                PodSpecArgs B() => new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirst" };
            }
            """);

        Assert.Equal(
            [
                "Pod 'agent' uses hostNetwork with dnsPolicy unset (ClusterFirst): the kubelet gives it the node's resolv.conf and cluster Service names stop resolving; set dnsPolicy to \"ClusterFirstWithHostNet\"",
                "the pod uses hostNetwork with dnsPolicy \"ClusterFirst\": the kubelet gives it the node's resolv.conf and cluster Service names stop resolving; set dnsPolicy to \"ClusterFirstWithHostNet\"",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task SetClusterFirstWithHostNet_InNginxDeployment_AddsDnsPolicyNextToHostNetwork() => Verify.FixAsync(
        StandIn.Pulumi,
        PulumiPrograms.HostNetworkNginx("Replicas = 2,")
            .Replace("HostNetwork = true,", "[|HostNetwork = true|],")
            .Replace("\n                    DnsPolicy = \"ClusterFirstWithHostNet\",", string.Empty),
        PulumiPrograms.HostNetworkNginx("Replicas = 2,"),
        SetValueCodeFixProvider.SetClusterFirstWithHostNetKey,
        Id);

    [Fact]
    public Task SetClusterFirstWithHostNet_AddsMemberInEveryLayout() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs OneLine() => new PodSpecArgs { [|HostNetwork = true|], Containers = { new ContainerArgs { Name = "a" } } };

            PodSpecArgs Last() => new PodSpecArgs { Containers = { new ContainerArgs { Name = "b" } }, [|HostNetwork = true|] };

            PodSpecArgs MultiLineLast() => new PodSpecArgs
            {
                Containers = { new ContainerArgs { Name = "c" } },
                [|HostNetwork = true|]
            };

            PodSpecArgs Statement()
            {
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "d" } } };
                [|spec.HostNetwork = true|];
                return spec;
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs OneLine() => new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = { new ContainerArgs { Name = "a" } } };

            PodSpecArgs Last() => new PodSpecArgs { Containers = { new ContainerArgs { Name = "b" } }, HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet" };

            PodSpecArgs MultiLineLast() => new PodSpecArgs
            {
                Containers = { new ContainerArgs { Name = "c" } },
                HostNetwork = true,
                DnsPolicy = "ClusterFirstWithHostNet"
            };

            PodSpecArgs Statement()
            {
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "d" } } };
                spec.HostNetwork = true;
                spec.DnsPolicy = "ClusterFirstWithHostNet";
                return spec;
            }
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, Id);

    [Fact]
    public Task SetClusterFirstWithHostNet_ReplacesClusterFirstAndNull() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs A() => new PodSpecArgs { [|HostNetwork = true|], DnsPolicy = "ClusterFirst", Containers = { new ContainerArgs { Name = "a" } } };
            PodSpecArgs B() => new PodSpecArgs { DnsPolicy = null, [|HostNetwork = true|], Containers = { new ContainerArgs { Name = "b" } } };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs A() => new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = { new ContainerArgs { Name = "a" } } };
            PodSpecArgs B() => new PodSpecArgs { DnsPolicy = "ClusterFirstWithHostNet", HostNetwork = true, Containers = { new ContainerArgs { Name = "b" } } };
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, Id);
}

/// <summary>K8S2004 in Pulumi.Kubernetes programs: ports node components use, opened on the node.</summary>
public class ReservedNodePortPulumiTests
{
    private const string Id = RuleIds.ReservedNodePort;

    [Fact]
    public Task HostNetworkContainerPortsAndHostPorts_InTheDefaultList_Report() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const int Kubelet = 10250;

            PodSpecArgs[] Specs()
            {
                var ssh = 22;
                return new[]
                {
                    new PodSpecArgs
                    {
                        HostNetwork = true,
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "agent",
                                Ports =
                                {
                                    new ContainerPortArgs { [|ContainerPortValue = Kubelet|] },
                                    new ContainerPortArgs { [|ContainerPortValue = ssh|], HostPort = 22 },
                                    new ContainerPortArgs { ContainerPortValue = 9100 },
                                },
                            },
                        },
                    },
                    new PodSpecArgs
                    {
                        Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 30080|] }, new ContainerPortArgs { ContainerPortValue = 6443 } } } },
                    },
                };
            }
        }
        """, Id);

    [Fact]
    public Task ReservedPortsOption_ReplacesTheDefaultList() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                PodSpecArgs Spec() => new PodSpecArgs
                {
                    HostNetwork = true,
                    Containers =
                    {
                        new ContainerArgs
                        {
                            Name = "agent",
                            Ports = { new ContainerPortArgs { ContainerPortValue = 10250 }, new ContainerPortArgs { [|ContainerPortValue = 9100|] }, new ContainerPortArgs { ContainerPortValue = 8081, [|HostPort = 8090|] } },
                        },
                    },
                };
            }
            """,
        EditorConfig = "kube_analyzers.reserved_node_ports = 9100, 8085-8095",
    }.RunAsync();

    [Fact]
    public Task ContainerPortsWithoutHostNetwork_AndConfigOrOutputPorts_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs[] Specs(Output<int> port)
            {
                var config = new Config();
                return new[]
                {
                    new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 10250 }, new ContainerPortArgs { ContainerPortValue = 22, HostPort = 0 } } } } },
                    new PodSpecArgs
                    {
                        HostNetwork = true,
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "agent",
                                Ports =
                                {
                                    new ContainerPortArgs { ContainerPortValue = config.RequireInt32("port"), HostPort = config.RequireInt32("port") },
                                    new ContainerPortArgs { ContainerPortValue = port, HostPort = port },
                                },
                            },
                        },
                    },
                    new PodSpecArgs { HostNetwork = config.RequireBoolean("hostNetwork"), Containers = { new ContainerArgs { Name = "kubelet-proxy", Ports = { new ContainerPortArgs { ContainerPortValue = 10250 } } } } },
                };
            }
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheComponent()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stacks
            {
                PodSpecArgs Spec() => new PodSpecArgs { HostNetwork = true, Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 10250 }, new ContainerPortArgs { ContainerPortValue = 81, HostPort = 31000 } } } } };
            }
            """);
        Assert.Equal(
            [
                "containerPort 10250 is opened on the node, where the kubelet uses it; the pod fails to bind it or takes it from the node",
                "hostPort 31000 is opened on the node, where kube-proxy, for NodePort Services, uses it; the pod fails to bind it or takes it from the node",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }
}

/// <summary>K8S2005 in Pulumi.Kubernetes programs: <c>HostUsers = false</c> with a host namespace.</summary>
public class HostUsersPulumiTests
{
    private const string Id = RuleIds.HostUsersWithHostNamespace;

    [Fact]
    public Task HostUsersFalse_WithHostNamespaces_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDaemonSet = Pulumi.Kubernetes.Apps.V1.DaemonSet;

        class Stacks
        {
            const bool UserNamespace = false;

            void Create()
            {
                var isolated = false;
                var late = new PodSpecArgs { HostIPC = true, Containers = { new ContainerArgs { Name = "c" } } };
                [|late.HostUsers = false|];
                new K8sDaemonSet("a", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", [|HostUsers = UserNamespace|], Containers = { new ContainerArgs { Name = "a" } } },
                        },
                    },
                });
                new K8sDaemonSet("b", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostPID = true, [|HostUsers = isolated|], Containers = { new ContainerArgs { Name = "b" } } } } },
                });
                new K8sDaemonSet("c", new DaemonSetArgs { Spec = new DaemonSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = late } } });
            }
        }
        """, Id);

    [Fact]
    public Task HostUsersTrueConfigOrWithoutHostNamespaces_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs[] Specs(Output<bool> users)
            {
                var config = new Config();
                return new[]
                {
                    new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", HostUsers = true },
                    new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", HostUsers = config.RequireBoolean("hostUsers") },
                    new PodSpecArgs { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", HostUsers = users },
                    new PodSpecArgs { HostNetwork = config.RequireBoolean("hostNetwork"), HostUsers = false },
                    new PodSpecArgs { HostNetwork = false, HostUsers = false },
                };
            }
        }
        """, Id);

    [Fact]
    public async Task Message_ListsTheHostNamespaces()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            class Stacks
            {
                PodSpecArgs Spec() => new PodSpecArgs { HostNetwork = true, HostPID = true, HostUsers = false, DnsPolicy = "ClusterFirstWithHostNet" };
            }
            """);
        Assert.Equal(
            "hostUsers is false while hostNetwork and hostPID are true; the API server forbids host namespaces in a pod with its own user namespace",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }

    [Fact]
    public Task RemoveHostUsers_FixAll() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs A() => new PodSpecArgs
            {
                HostPID = true,
                [|HostUsers = false|],
                Containers = { new ContainerArgs { Name = "a" } },
            };

            PodSpecArgs B()
            {
                var spec = new PodSpecArgs { HostIPC = true };
                [|spec.HostUsers = false|];
                return spec;
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            PodSpecArgs A() => new PodSpecArgs
            {
                HostPID = true,
                Containers = { new ContainerArgs { Name = "a" } },
            };

            PodSpecArgs B()
            {
                var spec = new PodSpecArgs { HostIPC = true };
                return spec;
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveHostUsersKey, Id);
}
