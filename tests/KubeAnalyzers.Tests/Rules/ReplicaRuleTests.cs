using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>Deployments as users write them, for the replica and rollout rules.</summary>
internal static class Deployments
{
    /// <summary>An nginx Deployment on hostNetwork (the seeds' scenario), with a placeholder for the replicas member and the strategy.</summary>
    public static string HostNetworkNginx(string replicas, string strategy = "") => $$"""
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Nginx() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "nginx" },
                Spec = new V1DeploymentSpec
                {
                    {{replicas}}{{strategy}}
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "nginx" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "nginx" } },
                        Spec = new V1PodSpec
                        {
                            HostNetwork = true,
                            DnsPolicy = "ClusterFirstWithHostNet",
                            Containers = [new V1Container { Name = "nginx", Image = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                        },
                    },
                },
            };
        }
        """;

    /// <summary>A web Deployment publishing hostPort 80, with placeholders in its spec.</summary>
    public static string HostPortWeb(string specMembers, string name = "web", string className = "Manifests") => $$"""
        using k8s.Models;

        class {{className}}
        {
            V1Deployment Create() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "{{name}}" },
                Spec = new V1DeploymentSpec
                {
                    {{specMembers}}
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 80 }] }] },
                    },
                },
            };
        }
        """;
}

/// <summary>K8S3001: more pods claiming host ports than node_count.</summary>
public class ReplicasAboveNodeCountRuleTests
{
    private const string Id = RuleIds.ReplicasAboveNodeCount;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task SeedScenario_HostNetworkNginxWithTwoReplicasOnOneNode_Reports(StandIn standIn) => new KubeTest(standIn, Id, RuleIds.OneNodePerReplica)
    {
        TestCode = Deployments.HostNetworkNginx("[|Replicas = 2|],"),
        EditorConfig = "kube_analyzers.node_count = 1",
    }.RunAsync();

    [Fact]
    public async Task SeedScenario_Message_SaysOnePodCannotBePlacedAndWouldCrash()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, Deployments.HostNetworkNginx("Replicas = 2,"), "kube_analyzers.node_count = 1");
        Assert.Equal(
            "Deployment 'nginx' runs 2 pods that claim the node's network, but kube_analyzers.node_count is 1: 1 pod cannot be placed: it would crash with \"Address in use\" on a node that already runs one, or stay Pending",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortReplicasFromConstantAndLocal_AndJobParallelism_Report(StandIn standIn) => new KubeTest(standIn, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                const int Replicas = 5;

                V1Deployment Web()
                {
                    var web = new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Selector = new V1LabelSelector(),
                            Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] } },
                        },
                    };
                    [|web.Spec.Replicas = Replicas|];
                    return web;
                }

                V1Job Load()
                {
                    var workers = 4;
                    return new V1Job { Spec = new V1JobSpec { [|Parallelism = workers|], Template = new V1PodTemplateSpec { Spec = new V1PodSpec { HostNetwork = true, Containers = [] } } } };
                }
            }
            """,
        EditorConfig = "kube_analyzers.node_count = 3",
    }.RunAsync();

    [Fact]
    public Task ConstructorArguments_Report() => new KubeTest(StandIn.KubernetesClientClasses, Id)
    {
        TestCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1StatefulSet Store() => new V1StatefulSet(spec: new V1StatefulSetSpec(
                    new V1LabelSelector(),
                    "store",
                    new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("db", ports: new List<V1ContainerPort> { new V1ContainerPort(5432, hostPort: 5432) }) })),
                    [|replicas: 3|]));
            }
            """,
        EditorConfig = "kube_analyzers.node_count = 2",
    }.RunAsync();

    [Theory]
    [InlineData("[|Replicas = 2|],", "")]
    [InlineData("Replicas = 1,", "kube_analyzers.node_count = 1")]
    [InlineData("Replicas = 3,", "kube_analyzers.node_count = 3")]
    [InlineData("Replicas = count,", "kube_analyzers.node_count = 1")]
    public Task WithinNodeCountUnsetOrUnknown_DoesNotReport(string replicas, string option) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Deployments.HostNetworkNginx(replicas).Replace("V1Deployment Nginx()", "V1Deployment Nginx(int count = 2)"),
        EditorConfig = option,
        DefaultId = RuleIds.OneNodePerReplica,
    }.RunAsync();

    [Fact]
    public Task NoHostPorts_DoesNotReport() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Deployments.HostPortWeb("Replicas = 10,").Replace("HostPort = 80", "HostPort = 0"),
        EditorConfig = "kube_analyzers.node_count = 3",
    }.RunAsync();

    [Fact]
    public Task SetReplicasToNodeCount() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Deployments.HostNetworkNginx("[|Replicas = 2|],"),
        FixedCode = Deployments.HostNetworkNginx("Replicas = 1,"),
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToNodeCountKey,
        EditorConfig = "kube_analyzers.node_count = 1",
    }.RunAsync();
}

/// <summary>K8S3002: surge rollouts of pods that claim host ports.</summary>
public class SurgeOnHostPortsRuleTests
{
    private const string Id = RuleIds.SurgeOnHostPorts;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortDeploymentWithoutStrategy_DefaultSurge_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, Deployments.HostPortWeb("[|Replicas = 3|],"), Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, """Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { [|MaxSurge = 1|] } },""")]
    [InlineData(StandIn.KubernetesClientRecords, """Strategy = new V1DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = new V1RollingUpdateDeployment { [|MaxSurge = "50%"|], MaxUnavailable = 0 } },""")]
    [InlineData(StandIn.KubernetesClientClasses, """[|Strategy = new V1DeploymentStrategy { Type = "RollingUpdate" }|],""")]
    public Task ExplicitSurge_Reports(StandIn standIn, string strategy) => Verify.DiagnosticsAsync(standIn, Deployments.HostPortWeb(strategy), Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, """Replicas = 3, Strategy = new() { Type = "Recreate" },""")]
    [InlineData(StandIn.KubernetesClientRecords, """Replicas = 3, Strategy = new() { RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },""")]
    [InlineData(StandIn.KubernetesClientClasses, """Replicas = 3, Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = "0%" } },""")]
    [InlineData(StandIn.KubernetesClientClasses, """Replicas = 3, Strategy = strategy,""")]
    public Task RecreateZeroSurgeOrUnknownStrategy_DoesNotReport(StandIn standIn, string members) => Verify.DiagnosticsAsync(
        standIn, Deployments.HostPortWeb(members).Replace("V1Deployment Create()", "V1Deployment Create(V1DeploymentStrategy strategy = null)"), Id);

    [Fact]
    public Task DaemonSetWithSurge_ReportsAndDefaultDoesNot() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Agents
        {
            V1DaemonSet Surging() => new()
            {
                Spec = new()
                {
                    Selector = new(),
                    UpdateStrategy = new() { RollingUpdate = new() { [|MaxSurge = 1|], MaxUnavailable = 0 } },
                    Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] }] } },
                },
            };

            V1DaemonSet Default() => new()
            {
                Spec = new()
                {
                    Selector = new(),
                    Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] }] } },
                },
            };
        }
        """, Id);

    [Fact]
    public Task SetMaxSurgeToZero_AddsStrategyToSpec() => Verify.FixAsync(
        StandIn.KubernetesClientRecords,
        Deployments.HostPortWeb("[|Replicas = 3|],"),
        Deployments.HostPortWeb("Replicas = 3,").Replace(
            """
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 80 }] }] },
                        },
            """,
            """
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 80 }] }] },
                        },
                        Strategy = new() { RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
            """),
        RolloutCodeFixProvider.SetMaxSurgeToZeroKey,
        Id);

    [Fact]
    public Task SetMaxSurgeToZero_InExistingRollingUpdateAndStrategy() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1DeploymentSpec A() => new V1DeploymentSpec
            {
                Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { [|MaxSurge = "25%"|], MaxUnavailable = 0 } },
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "a", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] } },
            };

            V1DeploymentSpec B() => new V1DeploymentSpec
            {
                [|Strategy = new V1DeploymentStrategy { Type = "RollingUpdate" }|],
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "b", Ports = [new V1ContainerPort { ContainerPort = 81, HostPort = 81 }] }] } },
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1DeploymentSpec A() => new V1DeploymentSpec
            {
                Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "a", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] } },
            };

            V1DeploymentSpec B() => new V1DeploymentSpec
            {
                Strategy = new V1DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "b", Ports = [new V1ContainerPort { ContainerPort = 81, HostPort = 81 }] }] } },
            };
        }
        """, RolloutCodeFixProvider.SetMaxSurgeToZeroKey, Id);

    [Fact]
    public Task UseRecreate_ReplacesRollingUpdateOrAddsStrategy() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1DeploymentSpec A() => new()
            {
                Selector = new(),
                Strategy = new() { Type = "RollingUpdate", RollingUpdate = new() { [|MaxSurge = 1|] } },
                Template = new() { Spec = new() { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }] } },
            };

            V1DeploymentSpec B() => new()
            {
                [|Replicas = 2|],
                Selector = new(),
                Template = new() { Spec = new() { Containers = [new() { Name = "b", Ports = [new() { ContainerPort = 81, HostPort = 81 }] }] } },
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1DeploymentSpec A() => new()
            {
                Selector = new(),
                Strategy = new() { Type = "Recreate" },
                Template = new() { Spec = new() { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }] } },
            };

            V1DeploymentSpec B() => new()
            {
                Replicas = 2,
                Selector = new(),
                Template = new() { Spec = new() { Containers = [new() { Name = "b", Ports = [new() { ContainerPort = 81, HostPort = 81 }] }] } },
                Strategy = new() { Type = "Recreate" },
            };
        }
        """, RolloutCodeFixProvider.UseRecreateKey, Id);
}

/// <summary>K8S3003: one node per replica.</summary>
public class OneNodePerReplicaRuleTests
{
    private const string Id = RuleIds.OneNodePerReplica;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ReplicasAboveOne_WithoutNodeCount_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, Deployments.HostNetworkNginx("[|Replicas = 2|],"), Id);

    [Fact]
    public Task ReplicaSetFromLocal_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1ReplicaSet Set()
            {
                var count = 4;
                return new V1ReplicaSet(spec: new V1ReplicaSetSpec(new V1LabelSelector(), [|replicas: count|], template: new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>(), hostNetwork: true))));
            }
        }
        """, Id);

    [Theory]
    [InlineData("Replicas = 1,", "")]
    [InlineData("", "")]
    [InlineData("Replicas = 2,", "kube_analyzers.node_count = 1")]
    public Task OneReplicaOrK8S3001Firing_DoesNotReport(string replicas, string option) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Deployments.HostNetworkNginx(replicas),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public async Task Message_IsInfoAndNamesTheCountAndTheClaim()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, Deployments.HostPortWeb("Replicas = 3,"));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "Each of the 3 replicas of Deployment 'web' needs a node of its own, because its pods claim host port TCP/0.0.0.0:80; a service meant to run once per node is a DaemonSet, and replicas that only need to be kept apart want pod anti-affinity on kubernetes.io/hostname",
            diagnostic.GetMessage());
    }
}

/// <summary>K8S3004: invalid rollout numbers.</summary>
public class InvalidRolloutNumbersRuleTests
{
    private const string Id = RuleIds.InvalidRolloutNumbers;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task NegativeCountsAndZeroSurgeWithZeroUnavailable_Report(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const int Broken = -1;

            V1DeploymentSpec Deployment() => new V1DeploymentSpec
            {
                [|Replicas = Broken|],
                Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = 0, [|MaxUnavailable = "0%"|] } },
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec(),
            };

            V1JobSpec Job()
            {
                var workers = -3;
                return new V1JobSpec { [|Parallelism = workers|], Template = new V1PodTemplateSpec() };
            }
        }
        """, Id);

    [Fact]
    public Task ConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ReplicaSetSpec Spec() => new V1ReplicaSetSpec(new V1LabelSelector(), [|replicas: -2|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ValidOrUnknownNumbers_DoNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1DeploymentSpec Deployment(int replicas, string surge) => new V1DeploymentSpec
            {
                Replicas = replicas,
                Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = surge, MaxUnavailable = 0 } },
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec(),
            };

            V1DeploymentSpec Zero() => new V1DeploymentSpec { Replicas = 0, Selector = new V1LabelSelector(), Template = new V1PodTemplateSpec() };
        }
        """, Id);
}

/// <summary>K8S3005 (disabled by default): too few replicas.</summary>
public class TooFewReplicasRuleTests
{
    private const string Id = RuleIds.TooFewReplicas;

    [Fact]
    public Task DisabledByDefault_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, Deployments.HostPortWeb("Replicas = 1,"), Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task Enabled_ReportsBelowMinimum_OnReplicasOrTheSpec(StandIn standIn) => new KubeTest(standIn, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                const int One = 1;

                V1DeploymentSpec Explicit() => new V1DeploymentSpec { [|Replicas = One|], Selector = new V1LabelSelector(), Template = new V1PodTemplateSpec() };

                V1StatefulSetSpec Absent() => [|new V1StatefulSetSpec { Selector = new V1LabelSelector(), ServiceName = "db", Template = new V1PodTemplateSpec() }|];

                V1DeploymentSpec Enough() => new V1DeploymentSpec { Replicas = 3, Selector = new V1LabelSelector(), Template = new V1PodTemplateSpec() };
            }
            """,
        EditorConfig = "dotnet_diagnostic.K8S3005.severity = warning\nkube_analyzers.min_replicas = 3",
    }.RunAsync();

    [Fact]
    public Task SetReplicasToMinimum_ReplacesOrAdds() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1DeploymentSpec A() => new() { [|Replicas = 1|], Selector = new(), Template = new() };
                V1DeploymentSpec B() => [|new() { Selector = new(), Template = new() }|];
            }
            """,
        FixedCode = """
            using k8s.Models;

            class Manifests
            {
                V1DeploymentSpec A() => new() { Replicas = 2, Selector = new(), Template = new() };
                V1DeploymentSpec B() => new() { Selector = new(), Template = new(), Replicas = 2 };
            }
            """,
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToMinimumKey,
        EditorConfig = "dotnet_diagnostic.K8S3005.severity = warning",
    }.RunAsync();
}

/// <summary>K8S4001: workloads of the compilation claiming the same host port.</summary>
public class HostPortConflictRuleTests
{
    private const string Id = RuleIds.HostPortConflict;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task TwoDeploymentsInDifferentFiles_ReportOncePerPair_WithBothLocations(StandIn standIn) => new KubeTest(standIn, Id)
    {
        Sources =
        {
            Deployments.HostPortWeb("Replicas = 2,", "web", "Web"),
            Deployments.HostPortWeb("Replicas = 2,", "api", "Api").Replace("HostPort = 80 }", "[|HostPort = 80|] }"),
        },
    }.RunAsync();

    [Fact]
    public async Task Diagnostic_CarriesTheOtherWorkloadsLocation_AndTheMessageNamesBoth()
    {
        var test = new KubeTest(StandIn.KubernetesClientRecords, Id);
        var web = Deployments.HostPortWeb("Replicas = 2,", "web", "Web");
        var api = Deployments.HostPortWeb("Replicas = 2,", "api", "Api");
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, web + "\n" + api.Replace("using k8s.Models;", string.Empty), "kube_analyzers.node_count = 3");
        var conflict = Assert.Single(diagnostics, d => d.Id == Id);
        Assert.Equal("Deployment 'api' claims TCP/0.0.0.0:80, which Deployment 'web' also claims: their pods can never share a node; with 3 nodes, 1 pod cannot be placed", conflict.GetMessage());
        var other = Assert.Single(conflict.AdditionalLocations);
        Assert.True(other.SourceSpan.Start < conflict.Location.SourceSpan.Start);
        Assert.Equal("HostPort = 80", other.SourceTree!.GetText().ToString(other.SourceSpan));
    }

    [Fact]
    public async Task DaemonSetAndHostNetworkDeployment_NamesTheDaemonSet()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;

            class Cluster
            {
                V1DaemonSet Edge() => new()
                {
                    Metadata = new() { Name = "edge" },
                    Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 8080, HostPort = 80 }] }] } } },
                };

                V1Deployment Web() => new()
                {
                    Metadata = new() { Name = "web" },
                    Spec = new() { Replicas = 2, Selector = new(), Template = new() { Spec = new() { HostNetwork = true, Containers = [new() { Name = "nginx", Ports = [new() { ContainerPort = 80 }] }] } } },
                };
            }
            """, "kube_analyzers.node_count = 4");
        Assert.Equal(
            "Deployment 'web' claims TCP/0.0.0.0:80, which DaemonSet 'edge' also claims: their pods can never share a node; DaemonSet 'edge' runs on every node, so Deployment 'web' can never be scheduled on a node that runs it; with 4 nodes, 2 pods cannot be placed",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }

    [Theory]
    [InlineData("Protocol = \"UDP\", HostPort = 80")]
    [InlineData("HostIP = \"10.0.0.2\", HostPort = 80")]
    [InlineData("HostPort = 81")]
    [InlineData("HostPort = port")]
    public Task DifferentProtocolAddressPortOrUnknown_DoesNotReport(string otherPort) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        Sources =
        {
            Deployments.HostPortWeb("Replicas = 2,", "web", "Web").Replace("HostPort = 80", "HostIP = \"10.0.0.1\", HostPort = 80"),
            Deployments.HostPortWeb("Replicas = 2,", "api", "Api").Replace("HostPort = 80", otherPort).Replace("V1Deployment Create()", "V1Deployment Create(int port = 80)"),
        },
    }.RunAsync();

    [Fact]
    public Task OneWorkloadAlone_AndTheSameSpecSharedByTwoPods_DoNotConflictWithThemselves() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Cluster
        {
            V1Pod[] Pods()
            {
                var spec = new V1PodSpec { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, HostPort = 80 }, new() { ContainerPort = 80, HostPort = 80, Protocol = "UDP" }] }] };
                var first = new V1Pod { Metadata = new() { Name = "first" }, Spec = spec };
                return [first, first with { Metadata = new() { Name = "copy" } }];
            }
        }
        """, Id);
}

/// <summary>Regression tests for the review of the replica and rollout rules.</summary>
public class RolloutReviewTests
{
    [Fact]
    public Task DaemonSetRollingUpdate_BothNonZeroOrBothZeroAfterDefaults_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Agents
        {
            V1DaemonSetSpec SurgeAlone() => new() { Selector = new(), Template = new(), UpdateStrategy = new() { RollingUpdate = new() { [|MaxSurge = 1|] } } };
            V1DaemonSetSpec UnavailableZeroAlone() => new() { Selector = new(), Template = new(), UpdateStrategy = new() { RollingUpdate = new() { [|MaxUnavailable = 0|] } } };
            V1DaemonSetSpec Valid() => new() { Selector = new(), Template = new(), UpdateStrategy = new() { RollingUpdate = new() { MaxSurge = 1, MaxUnavailable = 0 } } };
            V1DeploymentSpec DeploymentUnavailableZeroAlone() => new() { Selector = new(), Template = new(), Strategy = new() { RollingUpdate = new() { MaxUnavailable = 0 } } };
        }
        """, RuleIds.InvalidRolloutNumbers);

    [Fact]
    public async Task DaemonSetSurgeMessage_AdvisesOnlyMaxSurgeZero_AndJobCountsParallelPods()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;

            class Agents
            {
                V1DaemonSetSpec Agent() => new()
                {
                    Selector = new(),
                    UpdateStrategy = new() { RollingUpdate = new() { MaxSurge = 1, MaxUnavailable = 0 } },
                    Template = new() { Spec = new() { Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] }] } },
                };

                V1JobSpec Load() => new() { Parallelism = 3, Template = new() { Spec = new() { Containers = [new() { Name = "load", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }] } } };
            }
            """);
        Assert.EndsWith("so the rollout stalls when every node runs one; use maxSurge 0", Assert.Single(diagnostics, d => d.Id == RuleIds.SurgeOnHostPorts).GetMessage());
        Assert.StartsWith("Each of the 3 parallel pods of the Job needs a node of its own", Assert.Single(diagnostics, d => d.Id == RuleIds.OneNodePerReplica).GetMessage());
    }

    [Fact]
    public Task WorkloadSpecFromAHelper_CountsAreUnknown_NoMinimumReplicaGuess() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.TooFewReplicas)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1Deployment Web() => new() { Metadata = new() { Name = "web" }, Spec = BuildSpec() };
                static V1DeploymentSpec BuildSpec() => throw null!;
            }
            """,
        EditorConfig = "dotnet_diagnostic.K8S3005.severity = warning",
    }.RunAsync();

    [Fact]
    public Task HostPortsOfInitContainers_DoNotClaimNodes() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.OneNodePerReplica, RuleIds.ReplicasAboveNodeCount, RuleIds.SurgeOnHostPorts)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1DeploymentSpec Spec() => new()
                {
                    Replicas = 3,
                    Selector = new(),
                    Template = new() { Spec = new() { InitContainers = [new() { Name = "init", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }], Containers = [new() { Name = "web" }] } },
                };
            }
            """,
        EditorConfig = "kube_analyzers.node_count = 2",
    }.RunAsync();
}

/// <summary>Rollout fixes on objects passed as positional constructor arguments (KubernetesClient v17).</summary>
public class PositionalSpecFixTests
{
    [Fact]
    public Task SetMaxSurgeToZero_OnASpecPassedPositionally() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new V1Deployment(
                "apps/v1",
                "Deployment",
                new V1ObjectMeta(name: "web"),
                new V1DeploymentSpec(
                    new V1LabelSelector(),
                    new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 80) }) })),
                    [|replicas: 3|]));
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new V1Deployment(
                "apps/v1",
                "Deployment",
                new V1ObjectMeta(name: "web"),
                new V1DeploymentSpec(
                    new V1LabelSelector(),
                    new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 80) }) })),
                    replicas: 3, strategy: new() { RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } }));
        }
        """, RolloutCodeFixProvider.SetMaxSurgeToZeroKey, RuleIds.SurgeOnHostPorts);
}
