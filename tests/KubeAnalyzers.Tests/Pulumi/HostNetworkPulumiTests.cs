using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S2001 in Pulumi.Kubernetes programs: <c>HostNetwork = true</c> is an <c>Input&lt;bool&gt;</c> converted from <c>bool</c>.</summary>
public class HostNetworkPulumiTests
{
    private const string Id = RuleIds.HostNetwork;

    private const string Message = " uses hostNetwork: every port its containers open is opened on the node, where it collides with the node's own services and other pods' ports; Pod Security \"baseline\" rejects it";

    [Fact]
    public Task HostNetworkTrue_InPulumiDeploymentProgram_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
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
                            [|HostNetwork = true|],
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
                                            ContainerPortValue = 80
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

    [Fact]
    public Task HostNetworkTrue_InDaemonSetOfAStack_WithFullyQualifiedResource_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        class MonitoringStack : Stack
        {
            public MonitoringStack()
            {
                var labels = new InputMap<string> { { "app", "node-exporter" } };
                var nodeExporter = new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
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
                                [|HostNetwork = true|],
                                HostPID = true,
                                Containers = { new ContainerArgs { Name = "node-exporter", Image = "quay.io/prometheus/node-exporter:v1.8.2" } },
                            },
                        },
                    },
                });
            }
        }
        """, Id);

    [Fact]
    public Task HostNetworkTrue_WithAliasedResource_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class WebStack : Stack
        {
            public WebStack()
            {
                new K8sDeployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs { [|HostNetwork = true|], Containers = { new ContainerArgs { Name = "web" } } },
                        },
                    },
                });
            }
        }
        """, Id);

    /// <summary><c>Kubernetes.Core.V1.Pod</c> through a namespace alias, or from a namespace inside <c>Pulumi</c>.</summary>
    [Theory]
    [InlineData("namespace Infra;\n\nusing Kubernetes = Pulumi.Kubernetes;")]
    [InlineData("namespace Pulumi.Infra;")]
    public Task HostNetworkTrue_WithResourceNamedRelativeToPulumi_Reports(string prologue) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        {{prologue}}

        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        static class Agents
        {
            public static void Create()
            {
                var podSpec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "agent" } } };
                [|podSpec.HostNetwork = true|];
                new Kubernetes.Core.V1.Pod("agent", new PodArgs { Spec = podSpec });
            }
        }
        """, Id);

    [Theory]
    [InlineData("[|HostNetwork = UseHostNetwork|]")]
    [InlineData("[|HostNetwork = hostNetwork|]")]
    public Task HostNetworkFromConstantOrLocal_Reports(string hostNetwork) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Specs
        {
            const bool UseHostNetwork = true;

            PodSpecArgs Spec()
            {
                var hostNetwork = true;
                return new PodSpecArgs { {{hostNetwork}}, Containers = { new ContainerArgs { Name = "agent" } } };
            }
        }
        """, Id);

    [Theory]
    [InlineData("HostNetwork = false")]
    [InlineData("HostNetwork = null")]
    [InlineData("HostNetwork = config.RequireBoolean(\"hostNetwork\")")]
    [InlineData("HostNetwork = config.GetBoolean(\"hostNetwork\") ?? false")]
    [InlineData("HostNetwork = Output.Create(true)")]
    [InlineData("HostNetwork = flag")]
    public Task HostNetworkFalseOrUnknown_DoesNotReport(string hostNetwork) => Verify.DiagnosticsAsync(StandIn.Pulumi, $$"""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create(Output<bool> flag)
            {
                var config = new Config();
                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { {{hostNetwork}}, Containers = { new ContainerArgs { Name = "web" } } } },
                    },
                });
            }
        }
        """, Id);

    [Fact]
    public Task CodeThatOnlyReadsOutputs_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;

        class Checks
        {
            Output<bool> UsesHostNetwork(Pulumi.Kubernetes.Apps.V1.Deployment deployment)
                => deployment.Spec.Apply(spec => spec.Template.Spec.HostNetwork);
        }
        """, Id);

    [Fact]
    public Task HalfTypedPulumiCode_DoesNotThrow() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create()
                {
                    new Pulumi.Kubernetes.Apps.V1.Deployment(new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { [|HostNetwork = true|] } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("a", new DaemonSetArgs { });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("b", new PodSpecArgs { [|HostNetwork = true|] });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("c", (DeploymentArgs)null!, null, 1);
                    new Pulumi.Kubernetes.Apps.V1.Deployment("d", args: new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { [|HostNetwork = true|] } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("e", new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = } } } });
                    new PodSpecArgs { HostNetwork = new Unknown() };
                }
            }
            """,
        AllowCompilerErrors = true,
    }.RunAsync();

    [Theory]
    [InlineData("Core", "Pod", "Spec = POD")]
    [InlineData("Core", "PodTemplate", "Template = new PodTemplateSpecArgs { Spec = POD }")]
    [InlineData("Core", "ReplicationController", "Spec = new ReplicationControllerSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Apps", "Deployment", "Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Apps", "DaemonSet", "Spec = new DaemonSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Apps", "StatefulSet", "Spec = new StatefulSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Apps", "ReplicaSet", "Spec = new ReplicaSetSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Batch", "Job", "Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } }")]
    [InlineData("Batch", "CronJob", "Spec = new CronJobSpecArgs { JobTemplate = new JobTemplateSpecArgs { Spec = new JobSpecArgs { Template = new PodTemplateSpecArgs { Spec = POD } } } }")]
    public async Task Message_NamesEachWorkloadKind_ByItsResourceName(string group, string kind, string members)
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, $$"""
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create()
                {
                    new Pulumi.Kubernetes.{{group}}.V1.{{kind}}("agent", new {{kind}}Args
                    {
                        {{members.Replace("POD", "new PodSpecArgs { HostNetwork = true }")}},
                    });
                }
            }
            """);

        Assert.Equal([$"{kind} 'agent'" + Message], diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    /// <summary>Args in a local are named by the resource that takes them, not by one that may or may not take them.</summary>
    [Fact]
    public async Task Message_NamesTheWorkload_WhenArgsAreALocal()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create(bool shareArgs)
                {
                    var args = new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } },
                    };
                    new Pulumi.Kubernetes.Apps.V1.Deployment("ingress-nginx", args);
                    new Pulumi.Kubernetes.Apps.V1.Deployment("other", shareArgs ? args : new DeploymentArgs());
                }
            }
            """);

        Assert.Equal(["Deployment 'ingress-nginx'" + Message], diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public async Task Message_NamesTheWorkload_ForEachWayOfNamingIt()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class Stacks
            {
                const string Name = "edge";

                void Create(string name)
                {
                    var config = new Config();
                    new Pulumi.Kubernetes.Apps.V1.Deployment("nginx", new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("nginx", new DeploymentArgs { Metadata = new ObjectMetaArgs { Name = "web" }, Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment(Name, new DeploymentArgs { Metadata = new ObjectMetaArgs { Name = config.Require("name") }, Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment(name, new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment(args: new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } }, name: "queue");
                    new DeploymentArgs { Spec = new DeploymentSpecArgs { Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } } };
                }
            }
            """);

        Assert.Equal(
            [
                "Deployment 'nginx'" + Message,
                "Deployment 'web'" + Message,
                "Deployment 'edge'" + Message,
                "the Deployment" + Message,
                "Deployment 'queue'" + Message,
                "the Deployment" + Message,
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostNetwork_FromPulumiPodSpec() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create()
            {
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                // The exporter reads the node's interfaces.
                                [|HostNetwork = true|],
                                Containers = { new ContainerArgs { Name = "node-exporter" } },
                            },
                        },
                    },
                });
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create()
            {
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs
                            {
                                Containers = { new ContainerArgs { Name = "node-exporter" } },
                            },
                        },
                    },
                });
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, Id);

    [Fact]
    public Task RemoveHostNetwork_FixAll_InitializerAndAssignment() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sPod = Pulumi.Kubernetes.Core.V1.Pod;

        class Stacks
        {
            void Create()
            {
                new K8sPod("a", new PodArgs { Spec = new PodSpecArgs { [|HostNetwork = true|], Containers = { new ContainerArgs { Name = "a" } } } });
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b" } } };
                [|spec.HostNetwork = true|];
                new K8sPod("b", new PodArgs { Spec = spec });
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sPod = Pulumi.Kubernetes.Core.V1.Pod;

        class Stacks
        {
            void Create()
            {
                new K8sPod("a", new PodArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a" } } } });
                var spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b" } } };
                new K8sPod("b", new PodArgs { Spec = spec });
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, Id);
}
