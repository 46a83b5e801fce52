using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S3001 and K8S3003 fixes in Pulumi.Kubernetes programs: convert to a DaemonSet, replace hostPort with pod anti-affinity.</summary>
public class SchedulingFixPulumiTests
{
    private const string HostPortTemplate = """
        new PodTemplateSpecArgs
                        {
                            Metadata = new ObjectMetaArgs { Labels = { { "app", "web" } } },
                            Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 8080, HostPort = 80 } } } } },
                        }
        """;

    [Fact]
    public Task ConvertToDaemonSet_FullyQualifiedResource_ConvertsResourceArgsSpecAndStrategy() => new KubeTest(StandIn.Pulumi, RuleIds.ReplicasAboveNodeCount)
    {
        EditorConfig = "kube_analyzers.node_count = 1",
        TestCode = $$"""
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class WebStack : Stack
            {
                public WebStack()
                {
                    new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                    {
                        ApiVersion = "apps/v1",
                        Kind = "Deployment",
                        Metadata = new ObjectMetaArgs { Name = "web" },
                        Spec = new DeploymentSpecArgs
                        {
                            {|K8S3001:Replicas = 2|},
                            ProgressDeadlineSeconds = 600,
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            Strategy = new DeploymentStrategyArgs
                            {
                                Type = "RollingUpdate",
                                RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 0 },
                            },
                            Template = {{HostPortTemplate}},
                        },
                    });
                }
            }
            """,
        FixedCode = $$"""
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class WebStack : Stack
            {
                public WebStack()
                {
                    new Pulumi.Kubernetes.Apps.V1.DaemonSet("web", new DaemonSetArgs
                    {
                        ApiVersion = "apps/v1",
                        Kind = "DaemonSet",
                        Metadata = new ObjectMetaArgs { Name = "web" },
                        Spec = new DaemonSetSpecArgs
                        {
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            UpdateStrategy = new DaemonSetUpdateStrategyArgs
                            {
                                Type = "RollingUpdate",
                                RollingUpdate = new RollingUpdateDaemonSetArgs { MaxSurge = 0, MaxUnavailable = 1 },
                            },
                            Template = {{HostPortTemplate}},
                        },
                    });
                }
            }
            """,
        FixEquivalenceKey = SchedulingCodeFixProvider.ConvertAboveNodeCountToDaemonSetKey,
    }.RunAsync();

    [Fact]
    public Task ConvertToDaemonSet_NamespaceAliasAndTypeAlias_WriteTheDaemonSetTheSameWay() => new KubeTest(StandIn.Pulumi, RuleIds.OneNodePerReplica)
    {
        TestCode = $$"""
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
            using Kubernetes = Pulumi.Kubernetes;
            using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

            class WebStack : Stack
            {
                public WebStack()
                {
                    var web = new Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            [|Replicas = 2|],
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            Strategy = new DeploymentStrategyArgs { Type = "Recreate" },
                            Template = {{HostPortTemplate}},
                        },
                    });

                    K8sDeployment api = new K8sDeployment("api", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            [|Replicas = 3|],
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = "25%", MaxUnavailable = "0%" } },
                            Template = {{HostPortTemplate}},
                        },
                    }, new CustomResourceOptions { DependsOn = { web } });

                    Name = web.Metadata.Apply(m => m.Name);
                    ApiUrn = api.Urn;
                }

                [Output] public Output<string> Name { get; set; }

                [Output] public Output<string> ApiUrn { get; set; }
            }
            """,
        FixedCode = $$"""
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
            using Kubernetes = Pulumi.Kubernetes;
            using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

            class WebStack : Stack
            {
                public WebStack()
                {
                    var web = new Kubernetes.Apps.V1.DaemonSet("web", new DaemonSetArgs
                    {
                        Spec = new DaemonSetSpecArgs
                        {
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            Template = {{HostPortTemplate}},
                        },
                    });

                    Kubernetes.Apps.V1.DaemonSet api = new Kubernetes.Apps.V1.DaemonSet("api", new DaemonSetArgs
                    {
                        Spec = new DaemonSetSpecArgs
                        {
                            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                            UpdateStrategy = new DaemonSetUpdateStrategyArgs { RollingUpdate = new RollingUpdateDaemonSetArgs { MaxUnavailable = 1 } },
                            Template = {{HostPortTemplate}},
                        },
                    }, new CustomResourceOptions { DependsOn = { web } });

                    Name = web.Metadata.Apply(m => m.Name);
                    ApiUrn = api.Urn;
                }

                [Output] public Output<string> Name { get; set; }

                [Output] public Output<string> ApiUrn { get; set; }
            }
            """,
        FixEquivalenceKey = SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey,
    }.RunAsync();

    [Fact]
    public Task ConvertToDaemonSet_SimpleNameInANamespaceThatBindsIt_WritesDaemonSet() => Verify.FixAsync(StandIn.Pulumi, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        namespace Infra
        {
            using Pulumi.Kubernetes.Apps.V1;

            class Workloads
            {
                Deployment Web() => new Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        [|Replicas = 2|],
                        Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                        Template = {{HostPortTemplate}},
                    },
                });

                object Deploy() => Web();
            }
        }
        """, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

        namespace Infra
        {
            using Pulumi.Kubernetes.Apps.V1;

            class Workloads
            {
                DaemonSet Web() => new DaemonSet("web", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                        Template = {{HostPortTemplate}},
                    },
                });

                object Deploy() => Web();
            }
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Fact]
    public Task ConvertToDaemonSet_AnotherDaemonSetTypeInScope_WritesTheKubernetesOneQualified() => Verify.FixAsync(StandIn.Pulumi, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using Deployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class DaemonSet { }

        class DaemonSetArgs { }

        class Workloads
        {
            void Create()
            {
                new Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        [|Replicas = 2|],
                        Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                        Template = {{HostPortTemplate}},
                    },
                });
            }
        }
        """, $$"""
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using Deployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class DaemonSet { }

        class DaemonSetArgs { }

        class Workloads
        {
            void Create()
            {
                new Pulumi.Kubernetes.Apps.V1.DaemonSet("web", new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Selector = new LabelSelectorArgs { MatchLabels = { { "app", "web" } } },
                        Template = {{HostPortTemplate}},
                    },
                });
            }
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Fact]
    public Task ConvertToDaemonSet_DeploymentUsedAsSuch_IsNotOffered() => NotOfferedAsync($$"""
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class WebStack : Stack
        {
            private readonly List<K8sDeployment> _all = new();

            public WebStack()
            {
                var web = new K8sDeployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = {{HostPortTemplate}} },
                });
                _all.Add(web);

                var api = new K8sDeployment("api", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = {{HostPortTemplate}} },
                });
                Replicas = api.Spec.Apply(s => s.Replicas);

                var args = new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = {{HostPortTemplate}} },
                };
                new K8sDeployment("worker", args);
            }

            [Output] public Output<int> Replicas { get; set; }
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);

    [Fact]
    public Task UseAntiAffinity_TwoStacks_RemovesHostPortAndHostIPAndAddsAffinityArgs_FixAll() => new KubeTest(StandIn.Pulumi, RuleIds.OneNodePerReplica)
    {
        TestCode = """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
            using Kubernetes = Pulumi.Kubernetes;

            class WebStack : Stack
            {
                public WebStack()
                {
                    var labels = new InputMap<string> { { "app", "web" }, { "tier", "front" } };
                    new Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            [|Replicas = 3|],
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
                                            Name = "web",
                                            Ports =
                                            {
                                                new ContainerPortArgs { ContainerPortValue = 8080, HostPort = 80, HostIP = "0.0.0.0" },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    });

                    new Kubernetes.Apps.V1.Deployment("api", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            [|Replicas = 2|],
                            Selector = new LabelSelectorArgs(),
                            Template = new PodTemplateSpecArgs
                            {
                                Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "api" } } },
                                Spec = new Kubernetes.Types.Inputs.Core.V1.PodSpecArgs { Containers = { new ContainerArgs { Name = "api", Ports = { new ContainerPortArgs { ContainerPortValue = 9090, HostPort = 9090 } } } } },
                            },
                        },
                    });
                }
            }
            """,
        FixedCode = """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
            using Kubernetes = Pulumi.Kubernetes;

            class WebStack : Stack
            {
                public WebStack()
                {
                    var labels = new InputMap<string> { { "app", "web" }, { "tier", "front" } };
                    new Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            Replicas = 3,
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
                                            Name = "web",
                                            Ports =
                                            {
                                                new ContainerPortArgs { ContainerPortValue = 8080 },
                                            },
                                        },
                                    },
                                    Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "web" }, { "tier", "front" } } } } } } },
                                },
                            },
                        },
                    });

                    new Kubernetes.Apps.V1.Deployment("api", new DeploymentArgs
                    {
                        Spec = new DeploymentSpecArgs
                        {
                            Replicas = 2,
                            Selector = new LabelSelectorArgs(),
                            Template = new PodTemplateSpecArgs
                            {
                                Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "api" } } },
                                Spec = new Kubernetes.Types.Inputs.Core.V1.PodSpecArgs { Containers = { new ContainerArgs { Name = "api", Ports = { new ContainerPortArgs { ContainerPortValue = 9090 } } } }, Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "api" } } } } } } } },
                            },
                        },
                    });
                }
            }
            """,
        FixEquivalenceKey = SchedulingCodeFixProvider.UseAntiAffinityKey,
    }.RunAsync();

    [Fact]
    public Task UseAntiAffinity_ExistingAffinityArgs_AddsToWhatIsWritten() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Workloads
        {
            void Create()
            {
                new K8sDeployment("a", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "a" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { NodeAffinity = new NodeAffinityArgs() }, Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } } } });
                new K8sDeployment("b", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "b" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs() }, Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 81 } } } } } } } });
                new K8sDeployment("c", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "c" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "topology.kubernetes.io/zone" } } } }, Containers = { new ContainerArgs { Name = "c", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 82 } } } } } } } });
            }
        }
        """, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Workloads
        {
            void Create()
            {
                new K8sDeployment("a", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = 2, Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "a" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { NodeAffinity = new NodeAffinityArgs(), PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "a" } } } } } } }, Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } } } } } });
                new K8sDeployment("b", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = 2, Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "b" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs() { RequiredDuringSchedulingIgnoredDuringExecution = new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "b" } } } } } }, Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } } } } } });
                new K8sDeployment("c", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = 2, Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "c" } } }, Spec = new PodSpecArgs { Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "topology.kubernetes.io/zone" }, new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "c" } } } } } } }, Containers = { new ContainerArgs { Name = "c", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } } } } } });
            }
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, RuleIds.OneNodePerReplica);

    [Fact]
    public Task UseAntiAffinity_HostNetworkOrAffinityNotWrittenInPlace_IsNotOffered() => NotOfferedAsync("""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Workloads
        {
            void Create(AffinityArgs affinity)
            {
                new K8sDeployment("a", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "a" } } }, Spec = new PodSpecArgs { Affinity = affinity, Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } } } });
                new K8sDeployment("b", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = new InputMap<string> { { "app", "b" } } }, Spec = new PodSpecArgs { HostNetwork = true, Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 81 } } } } } } } });
            }
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.UseAntiAffinityKey);

    [Fact]
    public Task UseAntiAffinity_LabelsAddedToTheArgsOwnMap_AreAllTheLabels() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Workloads
        {
            void Create()
            {
                new K8sDeployment("c", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = 2|], Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = { { "app", "c" } } }, Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "c", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } } } });
            }
        }
        """, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Workloads
        {
            void Create()
            {
                new K8sDeployment("c", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = 2, Selector = new LabelSelectorArgs(), Template = new PodTemplateSpecArgs { Metadata = new ObjectMetaArgs { Labels = { { "app", "c" } } }, Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "c", Ports = { new ContainerPortArgs { ContainerPortValue = 80 } } } }, Affinity = new AffinityArgs { PodAntiAffinity = new PodAntiAffinityArgs { RequiredDuringSchedulingIgnoredDuringExecution = { new PodAffinityTermArgs { TopologyKey = "kubernetes.io/hostname", LabelSelector = new LabelSelectorArgs { MatchLabels = { { "app", "c" } } } } } } } } } } });
            }
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, RuleIds.OneNodePerReplica);

    private static Task NotOfferedAsync(string code, string rule, string key, string? editorConfig = null) => new KubeTest(StandIn.Pulumi, rule)
    {
        TestCode = code,
        FixedCode = code,
        FixEquivalenceKey = key,
        EditorConfig = editorConfig,
    }.RunAsync();
}
