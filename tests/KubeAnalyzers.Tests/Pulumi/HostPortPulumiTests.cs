using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>
/// K8S1001 in Pulumi.Kubernetes programs: <c>HostPort</c> is an <c>Input&lt;int&gt;</c>, and ports and containers are
/// <c>InputList&lt;T&gt;</c>s written as collection initializers, arrays, lists, collection expressions or a single item.
/// </summary>
public class HostPortPulumiTests
{
    private const string Id = RuleIds.HostPort;

    [Fact]
    public Task HostPort_InPulumiDeploymentProgram_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        return await Deployment.RunAsync(() =>
        {
            var appLabels = new InputMap<string>
            {
                { "app", "nginx" },
            };

            var deployment = new Pulumi.Kubernetes.Apps.V1.Deployment("nginx", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Selector = new LabelSelectorArgs
                    {
                        MatchLabels = appLabels,
                    },
                    Replicas = 1,
                    Template = new PodTemplateSpecArgs
                    {
                        Metadata = new ObjectMetaArgs
                        {
                            Labels = appLabels,
                        },
                        Spec = new PodSpecArgs
                        {
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
                                            ContainerPortValue = 80,
                                            [|HostPort = 8080|],
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            });

            // export the deployment name
            return new Dictionary<string, object?>
            {
                ["name"] = deployment.Metadata.Apply(m => m.Name),
            };
        });
        """, Id);

    /// <summary>Every way an <c>InputList</c> of ports can be written.</summary>
    [Theory]
    [InlineData("Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    [InlineData("Ports = { new ContainerPortArgs { ContainerPortValue = 80 }, new ContainerPortArgs { ContainerPortValue = 443, [|HostPort = 8443|] } }")]
    [InlineData("Ports = { { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] }, new ContainerPortArgs { ContainerPortValue = 443, [|HostPort = 8443|] } } }")]
    [InlineData("Ports = new[] { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    [InlineData("Ports = new ContainerPortArgs[] { new() { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    [InlineData("Ports = new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] }")]
    [InlineData("Ports = new List<ContainerPortArgs> { new() { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    [InlineData("Ports = [new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] }]")]
    [InlineData("Ports = new InputList<ContainerPortArgs> { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    [InlineData("Ports = new Input<ContainerPortArgs>[] { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 8080|] } }")]
    public Task HostPort_InEachWayOfWritingTheList_Reports(string ports) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create()
            {
                new Pulumi.Kubernetes.Core.V1.Pod("web", new PodArgs
                {
                    Spec = new PodSpecArgs
                    {
                        Containers = { new ContainerArgs { Name = "web", {{ports}} } },
                    },
                });
            }
        }
        """, Id);

    /// <summary>Every way an <c>InputList</c> of containers can be written.</summary>
    [Theory]
    [InlineData("Containers = { CONTAINER }")]
    [InlineData("Containers = new[] { CONTAINER }")]
    [InlineData("Containers = CONTAINER")]
    [InlineData("Containers = new List<ContainerArgs> { CONTAINER }")]
    [InlineData("Containers = [CONTAINER]")]
    [InlineData("InitContainers = { CONTAINER }")]
    [InlineData("InitContainers = CONTAINER")]
    public Task HostPort_InEachWayOfWritingTheContainers_Reports(string containers) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using System.Collections.Generic;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create()
            {
                new Pulumi.Kubernetes.Apps.V1.StatefulSet("db", new StatefulSetArgs
                {
                    Spec = new StatefulSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                {{containers.Replace("CONTAINER", "new ContainerArgs { Name = \"db\", Ports = { new ContainerPortArgs { ContainerPortValue = 5432, [|HostPort = 5432|] } } }")}},
                            },
                        },
                    },
                });
            }
        }
        """, Id);

    [Fact]
    public Task HostPort_FromConstantLocalAndLaterAssignment_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class Ports
        {
            public const int Metrics = 9100;
        }

        class Stacks
        {
            void Create()
            {
                var http = 8080;
                var admin = new ContainerPortArgs { ContainerPortValue = 9000 };
                [|admin.HostPort = 9000|];
                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
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
                                            new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = http|] },
                                            new ContainerPortArgs { ContainerPortValue = 9100, [|HostPort = Ports.Metrics|] },
                                            admin,
                                        },
                                    },
                                },
                            },
                        },
                    },
                });
            }
        }
        """, Id);

    /// <summary>A hostPort that is set reports even when its value is only known during the deployment.</summary>
    [Theory]
    [InlineData("config.RequireInt32(\"hostPort\")")]
    [InlineData("Output.Create(8080)")]
    [InlineData("hostPort")]
    public Task HostPortFromConfigOrOutput_Reports(string value) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerPortArgs Port(Output<int> hostPort)
            {
                var config = new Config();
                return new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = {{value}}|] };
            }
        }
        """, Id);

    [Theory]
    [InlineData("HostPort = 0")]
    [InlineData("HostPort = null")]
    [InlineData("HostIP = \"10.0.0.1\"")]
    public Task HostPortZeroOrAbsent_DoesNotReport(string member) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container() => new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, {{member}} } } };
        }
        """, Id);

    [Fact]
    public Task AllowListedHostPort_DoesNotReport() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                ContainerArgs Container() => new ContainerArgs
                {
                    Name = "agent",
                    Ports =
                    {
                        new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 },
                        new ContainerPortArgs { ContainerPortValue = 8080, [|HostPort = 8080|] },
                    },
                };
            }
            """,
        EditorConfig = "kube_analyzers.allowed_host_ports = 9100",
    }.RunAsync();

    [Fact]
    public async Task Message_NamesPortProtocolAndHostIP()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                ContainerPortArgs Dns() => new ContainerPortArgs { ContainerPortValue = 53, HostPort = 53, Protocol = "UDP", HostIP = "10.0.0.1" };
                ContainerPortArgs Web() => new ContainerPortArgs { ContainerPortValue = 80, HostPort = 8080 };
                ContainerPortArgs Later() => new ContainerPortArgs { ContainerPortValue = 80, HostPort = Output.Create(8080) };
            }
            """);

        Assert.Equal(
            [
                "hostPort 53 ties the pod to nodes where UDP/10.0.0.1:53 is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
                "hostPort 8080 ties the pod to nodes where TCP/0.0.0.0:8080 is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
                "hostPort 'Output.Create(8080)' ties the pod to nodes where TCP/0.0.0.0:'Output.Create(8080)' is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostPort_FromPulumiPorts_KeepsLayout() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container() => new ContainerArgs
            {
                Name = "agent",
                Ports =
                {
                    new ContainerPortArgs { ContainerPortValue = 9100, [|HostPort = 9100|] },
                    new ContainerPortArgs
                    {
                        ContainerPortValue = 8080,
                        [|HostPort = 8080|],
                        Name = "http",
                    },
                },
            };

            ContainerArgs Single() => new ContainerArgs { Name = "dns", Ports = new ContainerPortArgs { [|HostPort = 53|], ContainerPortValue = 53, Protocol = "UDP" } };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            ContainerArgs Container() => new ContainerArgs
            {
                Name = "agent",
                Ports =
                {
                    new ContainerPortArgs { ContainerPortValue = 9100 },
                    new ContainerPortArgs
                    {
                        ContainerPortValue = 8080,
                        Name = "http",
                    },
                },
            };

            ContainerArgs Single() => new ContainerArgs { Name = "dns", Ports = new ContainerPortArgs { ContainerPortValue = 53, Protocol = "UDP" } };
        }
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, Id);

    [Fact]
    public Task RemoveHostPort_FixAllAcrossDocuments() => new KubeTest(StandIn.Pulumi, Id)
    {
        Sources =
        {
            """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class A
            {
                void Create() => new Pulumi.Kubernetes.Core.V1.Pod("a", new PodArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, [|HostPort = 80|] } } } } } });
            }
            """,
            """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class B
            {
                void Create()
                {
                    var port = new ContainerPortArgs { ContainerPortValue = 81 };
                    [|port.HostPort = 81|];
                }
            }
            """,
        },
        FixedSources =
        {
            """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class A
            {
                void Create() => new Pulumi.Kubernetes.Core.V1.Pod("a", new PodArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } } } });
            }
            """,
            """
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class B
            {
                void Create()
                {
                    var port = new ContainerPortArgs { ContainerPortValue = 81 };
                }
            }
            """,
        },
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveHostPortKey,
    }.RunAsync();
}
