using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S3001 and K8S3003: convert the Deployment to a DaemonSet.</summary>
public class DaemonSetConversionFixTests
{
    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_NginxOnHostNetworkAboveNodeCount_ConvertsDeploymentAndReturnType(StandIn standIn) => new KubeTest(standIn, RuleIds.ReplicasAboveNodeCount)
    {
        EditorConfig = "kube_analyzers.node_count = 1",
        TestCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1Deployment Nginx() => new V1Deployment
                {
                    ApiVersion = "apps/v1",
                    Kind = "Deployment",
                    Metadata = new V1ObjectMeta { Name = "nginx" },
                    Spec = new V1DeploymentSpec
                    {
                        {|K8S3001:Replicas = 2|},
                        Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "nginx" } },
                        Template = new V1PodTemplateSpec
                        {
                            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "nginx" } },
                            Spec = new V1PodSpec
                            {
                                HostNetwork = true,
                                DnsPolicy = "ClusterFirstWithHostNet",
                                Containers = [new V1Container { Name = "nginx", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                            },
                        },
                    },
                };
            }
            """,
        FixedCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1DaemonSet Nginx() => new V1DaemonSet
                {
                    ApiVersion = "apps/v1",
                    Kind = "DaemonSet",
                    Metadata = new V1ObjectMeta { Name = "nginx" },
                    Spec = new V1DaemonSetSpec
                    {
                        Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "nginx" } },
                        Template = new V1PodTemplateSpec
                        {
                            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "nginx" } },
                            Spec = new V1PodSpec
                            {
                                HostNetwork = true,
                                DnsPolicy = "ClusterFirstWithHostNet",
                                Containers = [new V1Container { Name = "nginx", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                            },
                        },
                    },
                };
            }
            """,
        FixEquivalenceKey = SchedulingCodeFixProvider.ConvertAboveNodeCountToDaemonSetKey,
    }.RunAsync();

    [Fact]
    public Task ConvertToDaemonSet_RecordDeploymentWithStrategy_KeepsSelectorTemplateAndRollingUpdate() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using System.Collections.Generic;
        using k8s.Models;

        static class Manifests
        {
            public static V1Deployment NodeExporter() => new()
            {
                Metadata = new() { Name = "node-exporter", NamespaceProperty = "monitoring" },
                Spec = new()
                {
                    [|Replicas = 3|],
                    MinReadySeconds = 10,
                    ProgressDeadlineSeconds = 600,
                    RevisionHistoryLimit = 5,
                    Paused = false,
                    Strategy = new() { Type = "RollingUpdate", RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
                    Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "node-exporter" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "node-exporter" } },
                        Spec = new()
                        {
                            Containers =
                            [
                                new() { Name = "node-exporter", Image = "quay.io/prometheus/node-exporter:v1.8.2", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] },
                            ],
                        },
                    },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        static class Manifests
        {
            public static V1DaemonSet NodeExporter() => new()
            {
                Metadata = new() { Name = "node-exporter", NamespaceProperty = "monitoring" },
                Spec = new()
                {
                    MinReadySeconds = 10,
                    RevisionHistoryLimit = 5,
                    UpdateStrategy = new() { Type = "RollingUpdate", RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
                    Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "node-exporter" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "node-exporter" } },
                        Spec = new()
                        {
                            Containers =
                            [
                                new() { Name = "node-exporter", Image = "quay.io/prometheus/node-exporter:v1.8.2", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] },
                            ],
                        },
                    },
                },
            };
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_ExplicitStrategyTypes_RenamesRollingUpdateAndDropsRecreate(StandIn standIn) => Verify.FixAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Rolling() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Strategy = new V1DeploymentStrategy
                    {
                        Type = "RollingUpdate",
                        RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = 0, MaxUnavailable = "50%" },
                    },
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "statsd" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "statsd", Ports = [new V1ContainerPort { ContainerPort = 8125, HostPort = 8125, Protocol = "UDP" }] }] },
                    },
                },
            };

            V1Deployment Recreate() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "statsd" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "statsd", Ports = [new V1ContainerPort { ContainerPort = 8125, HostPort = 8125, Protocol = "UDP" }] }] },
                    },
                    [|Replicas = 2|],
                    Strategy = new V1DeploymentStrategy { Type = "Recreate" }
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1DaemonSet Rolling() => new V1DaemonSet
            {
                Spec = new V1DaemonSetSpec
                {
                    UpdateStrategy = new V1DaemonSetUpdateStrategy
                    {
                        Type = "RollingUpdate",
                        RollingUpdate = new V1RollingUpdateDaemonSet { MaxSurge = 0, MaxUnavailable = "50%" },
                    },
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "statsd" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "statsd", Ports = [new V1ContainerPort { ContainerPort = 8125, HostPort = 8125, Protocol = "UDP" }] }] },
                    },
                },
            };

            V1DaemonSet Recreate() => new V1DaemonSet
            {
                Spec = new V1DaemonSetSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "statsd" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "statsd", Ports = [new V1ContainerPort { ContainerPort = 8125, HostPort = 8125, Protocol = "UDP" }] }] },
                    }
                },
            };
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_SurgingRollingUpdate_DropsMaxSurgeAndKeepsMaxUnavailableNonZero(StandIn standIn) => Verify.FixAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1Deployment ZeroDowntime() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { {|K8S3002:MaxSurge = 1|}, MaxUnavailable = 0 } },
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "ingress", Ports = [new V1ContainerPort { ContainerPort = 443, HostPort = 443 }] }] } },
                },
            };

            V1Deployment Percentages() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Strategy = new V1DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = new V1RollingUpdateDeployment { {|K8S3002:MaxSurge = "25%"|}, MaxUnavailable = "25%" } },
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "ingress", Ports = [new V1ContainerPort { ContainerPort = 443, HostPort = 443 }] }] } },
                },
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1DaemonSet ZeroDowntime() => new V1DaemonSet
            {
                Spec = new V1DaemonSetSpec
                {
                    UpdateStrategy = new V1DaemonSetUpdateStrategy { RollingUpdate = new V1RollingUpdateDaemonSet { MaxUnavailable = 1 } },
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "ingress", Ports = [new V1ContainerPort { ContainerPort = 443, HostPort = 443 }] }] } },
                },
            };

            V1DaemonSet Percentages() => new V1DaemonSet
            {
                Spec = new V1DaemonSetSpec
                {
                    UpdateStrategy = new V1DaemonSetUpdateStrategy { Type = "RollingUpdate", RollingUpdate = new V1RollingUpdateDaemonSet { MaxUnavailable = "25%" } },
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "ingress", Ports = [new V1ContainerPort { ContainerPort = 443, HostPort = 443 }] }] } },
                },
            };
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica, RuleIds.SurgeOnHostPorts, RuleIds.InvalidRolloutNumbers);

    [Fact]
    public Task ConvertToDaemonSet_V17ConstructorCalls_ConvertsArgumentsByParameterName() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Short()
            {
                var selector = new V1LabelSelector(matchLabels: new Dictionary<string, string> { ["app"] = "fluentd" });
                var template = new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, hostPort: 24224) }) }));
                return new V1Deployment("apps/v1", "Deployment", new V1ObjectMeta(name: "fluentd"), new V1DeploymentSpec(selector, template, [|replicas: 3|], strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment(maxSurge: 0))));
            }

            V1Deployment Positional(V1LabelSelector selector) => new V1Deployment(
                "apps/v1",
                V1Deployment.KubeKind,
                new V1ObjectMeta(name: "fluentd-positional"),
                new V1DeploymentSpec(
                    selector,
                    new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, null, 24224) }) })),
                    10, null, 600, [|4|], 5,
                    new V1DeploymentStrategy(new V1RollingUpdateDeployment(1, 0), "RollingUpdate")));

            V1Deployment Named(V1LabelSelector selector) => new V1Deployment(
                spec: new V1DeploymentSpec(
                    template: new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, hostPort: 24224) }) })),
                    selector: selector,
                    strategy: new V1DeploymentStrategy(type: "RollingUpdate"),
                    [|replicas: 2|]),
                metadata: new V1ObjectMeta(name: "fluentd-named"));
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1DaemonSet Short()
            {
                var selector = new V1LabelSelector(matchLabels: new Dictionary<string, string> { ["app"] = "fluentd" });
                var template = new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, hostPort: 24224) }) }));
                return new V1DaemonSet("apps/v1", "DaemonSet", new V1ObjectMeta(name: "fluentd"), new V1DaemonSetSpec(selector, template, updateStrategy: new V1DaemonSetUpdateStrategy(new V1RollingUpdateDaemonSet(maxSurge: 0))));
            }

            V1DaemonSet Positional(V1LabelSelector selector) => new V1DaemonSet(
                "apps/v1",
                V1DaemonSet.KubeKind,
                new V1ObjectMeta(name: "fluentd-positional"),
                new V1DaemonSetSpec(
                    selector,
                    new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, null, 24224) }) })),
                    10, 5,
                    new V1DaemonSetUpdateStrategy(new V1RollingUpdateDaemonSet(maxUnavailable: 1), "RollingUpdate")));

            V1DaemonSet Named(V1LabelSelector selector) => new V1DaemonSet(
                spec: new V1DaemonSetSpec(
                    template: new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("fluentd", ports: new List<V1ContainerPort> { new V1ContainerPort(24224, hostPort: 24224) }) })),
                    selector: selector,
                    updateStrategy: new V1DaemonSetUpdateStrategy(type: "RollingUpdate")),
                metadata: new V1ObjectMeta(name: "fluentd-named"));
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_LocalsAndReturns_RetypesLocalReturnTypeAndLocalFunction(StandIn standIn) => Verify.FixAsync(standIn, """
        using System.Collections.Generic;
        using k8s;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Agent()
            {
                V1Deployment agent = new()
                {
                    Metadata = new() { Name = "agent" },
                    Spec = new() { [|Replicas = 3|], Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8126, HostPort = 8126 }] }] } } },
                };
                agent.Metadata.Labels = new Dictionary<string, string> { ["team"] = "observability" };
                agent.Spec.Template.Spec.DnsPolicy = "ClusterFirst";
                return agent;
            }

            IKubernetesObject<V1ObjectMeta> Untyped() => new V1Deployment { Spec = new() { [|Replicas = 2|], Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8127, HostPort = 8127 }] }] } } } };

            List<object> All()
            {
                var all = new List<object>();
                V1Deployment Local() => new() { Spec = new() { [|Replicas = 2|], Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8128, HostPort = 8128 }] }] } } } };
                var local = Local();
                all.Add(local);
                all.Add(local.Metadata);
                return all;
            }
        }
        """, """
        using System.Collections.Generic;
        using k8s;
        using k8s.Models;

        class Manifests
        {
            V1DaemonSet Agent()
            {
                V1DaemonSet agent = new()
                {
                    Metadata = new() { Name = "agent" },
                    Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8126, HostPort = 8126 }] }] } } },
                };
                agent.Metadata.Labels = new Dictionary<string, string> { ["team"] = "observability" };
                agent.Spec.Template.Spec.DnsPolicy = "ClusterFirst";
                return agent;
            }

            IKubernetesObject<V1ObjectMeta> Untyped() => new V1DaemonSet { Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8127, HostPort = 8127 }] }] } } } };

            List<object> All()
            {
                var all = new List<object>();
                V1DaemonSet Local() => new() { Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 8128, HostPort = 8128 }] }] } } } };
                var local = Local();
                all.Add(local);
                all.Add(local.Metadata);
                return all;
            }
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_SpecBuiltOnItsOwn_ConvertsTheSpecAndItsReturnType(StandIn standIn) => Verify.FixAsync(standIn, """
        using k8s.Models;

        static class Specs
        {
            public static V1DeploymentSpec Exporter() => new V1DeploymentSpec
            {
                [|Replicas = 3|],
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9100 }] }] } },
            };
        }
        """, """
        using k8s.Models;

        static class Specs
        {
            public static V1DaemonSetSpec Exporter() => new V1DaemonSetSpec
            {
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9100 }] }] } },
            };
        }
        """, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey, RuleIds.OneNodePerReplica);

    [Fact]
    public Task ConvertToDaemonSet_MethodCalledFromAnotherFile_ConvertsWhenTheCallerOnlyReadsMetadata() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.OneNodePerReplica)
    {
        Sources =
        {
            """
            using k8s.Models;

            static class Manifests
            {
                public static V1Deployment Proxy => new() { Spec = new() { [|Replicas = 2|], Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 443, HostPort = 443 }] }] } } } };
            }
            """,
            """
            static class Program
            {
                public static string Name()
                {
                    var proxy = Manifests.Proxy;
                    System.Console.WriteLine(proxy);
                    return proxy.Metadata?.Name ?? proxy.Kind;
                }
            }
            """,
        },
        FixedSources =
        {
            """
            using k8s.Models;

            static class Manifests
            {
                public static V1DaemonSet Proxy => new() { Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 443, HostPort = 443 }] }] } } } };
            }
            """,
            """
            static class Program
            {
                public static string Name()
                {
                    var proxy = Manifests.Proxy;
                    System.Console.WriteLine(proxy);
                    return proxy.Metadata?.Name ?? proxy.Kind;
                }
            }
            """,
        },
        FixEquivalenceKey = SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey,
    }.RunAsync();

    /// <summary>
    /// <c>dotnet format analyzers</c> tries the providers of a rule in the assembly's order and keeps the first one's changes:
    /// for K8S3001 that must be setting the count, not the structural DaemonSet conversion.
    /// </summary>
    [Fact]
    public void ProvidersOfK8S3001_InAssemblyOrder_SetTheCountBeforeConvertingToDaemonSet()
        => Assert.Equal(
            [typeof(RolloutCodeFixProvider), typeof(SchedulingCodeFixProvider)],
            Analysis.CodeFixProviders.Where(p => p.FixableDiagnosticIds.Contains(RuleIds.ReplicasAboveNodeCount)).Select(p => p.GetType()));

    /// <summary>A pod template whose pods claim host port 80, for the tests that are about what is around it.</summary>
    private const string HostPortTemplate = "new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = \"web\", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] } }";

    /// <summary>A fix that is not offered leaves the code as it is: the fixed code is the test code, diagnostics included.</summary>
    private static Task NotOfferedAsync(StandIn standIn, string code, string rule, string key, string? editorConfig = null) => new KubeTest(standIn, rule)
    {
        TestCode = code,
        FixedCode = code,
        FixEquivalenceKey = key,
        EditorConfig = editorConfig,
    }.RunAsync();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_DeploymentPassedOrStoredAsDeployment_IsNotOffered(StandIn standIn) => NotOfferedAsync(standIn, $$"""
        using System.Collections.Generic;
        using k8s.Models;

        class Cluster
        {
            private V1Deployment _current;
            private readonly List<V1Deployment> _all = new();

            void Apply(V1Deployment deployment) { }

            static T Echo<T>(T value) => value;

            void PassedToParameter() => Apply(new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } });

            void AssignedToField() => _current = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };

            void AddedToList()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                _all.Add(deployment);
            }

            void ExplicitTypeArgument() => Echo<V1Deployment>(new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } });

            System.Threading.Tasks.Task<V1Deployment> InferredTypeArgument() => System.Threading.Tasks.Task.FromResult(new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } });

            void Reassigned()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                deployment = new V1Deployment();
            }

            private static readonly V1Deployment Field = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };

            void LocalFunctionPassedToParameter()
            {
                V1Deployment Local() => new() { Spec = new() { [|Replicas = 2|], Selector = new(), Template = {{HostPortTemplate}} } };
                Apply(Local());
            }
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_DeploymentOnlyFieldsUsedLater_IsNotOffered(StandIn standIn) => NotOfferedAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            int Replicas()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                return deployment.Spec.Replicas ?? 1;
            }

            V1Deployment Strategy()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                deployment.Spec.Strategy = new V1DeploymentStrategy { Type = "Recreate" };
                return deployment;
            }

            string Status()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                return deployment.Status?.Conditions?[0].Type;
            }

            V1DeploymentSpec Spec()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                V1DeploymentSpec spec = deployment.Spec;
                spec.Paused = true;
                return spec;
            }
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);

    [Fact]
    public Task ConvertToDaemonSet_MethodWhoseCallerNeedsADeployment_IsNotOffered() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.ReplicasAboveNodeCount)
    {
        EditorConfig = "kube_analyzers.node_count = 1",
        Sources =
        {
            $$"""
            using k8s.Models;

            interface IManifests
            {
                V1Deployment Web();
            }

            class Manifests : IManifests
            {
                public V1Deployment Web() => new() { Spec = new() { {|K8S3001:Replicas = 2|}, Selector = new(), Template = {{HostPortTemplate}} } };

                public virtual V1Deployment Api() => new() { Spec = new() { {|K8S3001:Replicas = 3|}, Selector = new(), Template = {{HostPortTemplate}} } };

                public V1Deployment Worker() => new() { Spec = new() { {|K8S3001:Replicas = 4|}, Selector = new(), Template = {{HostPortTemplate}} } };
            }
            """,
            """
            using k8s.Models;

            static class Program
            {
                static void Apply(V1Deployment deployment) { }

                public static void Main()
                {
                    var worker = new Manifests().Worker();
                    Apply(worker);
                }
            }
            """,
        },
        FixedSources =
        {
            $$"""
            using k8s.Models;

            interface IManifests
            {
                V1Deployment Web();
            }

            class Manifests : IManifests
            {
                public V1Deployment Web() => new() { Spec = new() { {|K8S3001:Replicas = 2|}, Selector = new(), Template = {{HostPortTemplate}} } };

                public virtual V1Deployment Api() => new() { Spec = new() { {|K8S3001:Replicas = 3|}, Selector = new(), Template = {{HostPortTemplate}} } };

                public V1Deployment Worker() => new() { Spec = new() { {|K8S3001:Replicas = 4|}, Selector = new(), Template = {{HostPortTemplate}} } };
            }
            """,
            """
            using k8s.Models;

            static class Program
            {
                static void Apply(V1Deployment deployment) { }

                public static void Main()
                {
                    var worker = new Manifests().Worker();
                    Apply(worker);
                }
            }
            """,
        },
        FixEquivalenceKey = SchedulingCodeFixProvider.ConvertAboveNodeCountToDaemonSetKey,
    }.RunAsync();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ConvertToDaemonSet_StrategyOrSpecNotWrittenInPlace_IsNotOffered(StandIn standIn) => NotOfferedAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            V1Deployment UnknownStrategyType(string type) => new V1Deployment
            {
                Spec = new V1DeploymentSpec { [|Replicas = 2|], Strategy = new V1DeploymentStrategy { Type = type }, Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} },
            };

            V1Deployment StrategyFromParameter(V1DeploymentStrategy strategy) => new V1Deployment
            {
                Spec = new V1DeploymentSpec { [|Replicas = 2|], Strategy = strategy, Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} },
            };

            V1Deployment SpecInALocal()
            {
                var spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} };
                return new V1Deployment { Spec = spec };
            }

            V1Deployment SetAfterwards()
            {
                var deployment = new V1Deployment { Spec = new V1DeploymentSpec { Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
                [|deployment.Spec.Replicas = 2|];
                return deployment;
            }
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);

    [Fact]
    public Task ConvertToDaemonSet_SpecInAWithExpression_IsNotOffered() => NotOfferedAsync(StandIn.KubernetesClientRecords, $$"""
        using k8s.Models;

        class Manifests
        {
            V1Deployment CopiedWith(V1Deployment template) => template with { Spec = new V1DeploymentSpec { [|Replicas = 2|], Selector = new V1LabelSelector(), Template = {{HostPortTemplate}} } };
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);

    [Fact]
    public Task ConvertToDaemonSet_StatefulSet_IsNotOffered() => NotOfferedAsync(StandIn.KubernetesClientRecords, $$"""
        using k8s.Models;

        class Manifests
        {
            V1StatefulSet Kafka() => new()
            {
                Spec = new() { [|Replicas = 3|], ServiceName = "kafka", Selector = new(), Template = {{HostPortTemplate}} },
            };
        }
        """, RuleIds.OneNodePerReplica, SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey);
}
