using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>K8S3001 in Pulumi.Kubernetes programs: more pods claiming host ports than node_count.</summary>
public class ReplicasAboveNodeCountPulumiTests
{
    private const string Id = RuleIds.ReplicasAboveNodeCount;

    [Fact]
    public Task HostNetworkNginxWithTwoReplicasOnOneNode_Reports() => new KubeTest(StandIn.Pulumi, Id, RuleIds.OneNodePerReplica)
    {
        TestCode = PulumiPrograms.HostNetworkNginx("[|Replicas = 2|],"),
        EditorConfig = "kube_analyzers.node_count = 1",
    }.RunAsync();

    [Fact]
    public async Task Message_SaysOnePodCannotBePlacedAndWouldCrash()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, PulumiPrograms.HostNetworkNginx("Replicas = 2,"), "kube_analyzers.node_count = 1");
        Assert.Equal(
            "Deployment 'nginx' runs 2 pods that claim the node's network, but kube_analyzers.node_count is 1: 1 pod cannot be placed: it would crash with \"Address in use\" on a node that already runs one, or stay Pending",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }

    [Fact]
    public Task HostPortReplicasFromConstantAndAssignment_AndJobParallelism_Report() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                const int Replicas = 5;

                void Web()
                {
                    var spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
                    };
                    [|spec.Replicas = Replicas|];
                    new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs { Spec = spec });
                }

                void Load()
                {
                    var workers = 4;
                    new Pulumi.Kubernetes.Batch.V1.Job("load", new JobArgs
                    {
                        Spec = new JobSpecArgs { [|Parallelism = workers|], Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } },
                    });
                }
            }
            """,
        EditorConfig = "kube_analyzers.node_count = 3",
    }.RunAsync();

    [Theory]
    [InlineData("Replicas = 2,", "")]
    [InlineData("Replicas = 1,", "kube_analyzers.node_count = 1")]
    [InlineData("Replicas = config.RequireInt32(\"replicas\"),", "kube_analyzers.node_count = 1")]
    [InlineData("Replicas = config.GetInt32(\"replicas\") ?? 2,", "kube_analyzers.node_count = 1")]
    [InlineData("Replicas = Output.Create(3),", "kube_analyzers.node_count = 1")]
    public Task WithinNodeCountUnsetConfigOrOutput_DoesNotReport(string replicas, string option) => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = PulumiPrograms.HostNetworkNginx(replicas).Replace("return await Deployment.RunAsync(() =>\n{", "return await Deployment.RunAsync(() =>\n{\n    var config = new Config();"),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task NoHostPorts_DoesNotReport() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = PulumiPrograms.HostPortWeb("Replicas = 10,").Replace("HostPort = 80", "HostPort = 0"),
        EditorConfig = "kube_analyzers.node_count = 3",
    }.RunAsync();

    [Fact]
    public Task SetReplicasToNodeCount_InNginxDeployment() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = PulumiPrograms.HostNetworkNginx("[|Replicas = 2|],"),
        FixedCode = PulumiPrograms.HostNetworkNginx("Replicas = 1,"),
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToNodeCountKey,
        EditorConfig = "kube_analyzers.node_count = 1",
    }.RunAsync();

    [Fact]
    public Task SetReplicasAndParallelismToNodeCount_FixAll() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create()
                {
                    var spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
                    };
                    [|spec.Replicas = 5|];
                    new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs { Spec = spec });
                    new Pulumi.Kubernetes.Batch.V1.Job("load", new JobArgs
                    {
                        Spec = new JobSpecArgs { [|Parallelism = 4|], Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } },
                    });
                }
            }
            """,
        FixedCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                void Create()
                {
                    var spec = new DeploymentSpecArgs
                    {
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
                    };
                    spec.Replicas = 3;
                    new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs { Spec = spec });
                    new Pulumi.Kubernetes.Batch.V1.Job("load", new JobArgs
                    {
                        Spec = new JobSpecArgs { Parallelism = 3, Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } },
                    });
                }
            }
            """,
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToNodeCountKey,
        EditorConfig = "kube_analyzers.node_count = 3",
    }.RunAsync();
}

/// <summary>K8S3002 in Pulumi.Kubernetes programs: surge rollouts of pods that claim host ports, and the fixes that write <c>Input&lt;T&gt;</c> strategies.</summary>
public class SurgeOnHostPortsPulumiTests
{
    private const string Id = RuleIds.SurgeOnHostPorts;

    [Fact]
    public Task HostPortDeploymentWithoutStrategy_DefaultSurge_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, PulumiPrograms.HostPortWeb("[|Replicas = 3|],"), Id);

    [Theory]
    [InlineData("""Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = 1|] } },""")]
    [InlineData("""Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate", RollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = "50%"|], MaxUnavailable = 0 } },""")]
    [InlineData("""[|Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate" }|],""")]
    [InlineData("""Replicas = config.RequireInt32("replicas"), [|Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate" }|],""")]
    public Task ExplicitSurge_Reports(string strategy) => Verify.DiagnosticsAsync(
        StandIn.Pulumi, PulumiPrograms.HostPortWeb(strategy).Replace("        new Pulumi.Kubernetes", "        var config = new Config();\n        new Pulumi.Kubernetes"), Id);

    [Theory]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { Type = "Recreate" },""")]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },""")]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = "0%" } },""")]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = config.Require("maxSurge") } },""")]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { Type = config.Require("strategy") },""")]
    [InlineData("""Replicas = 3, Strategy = strategy,""")]
    [InlineData("""Replicas = 3, Strategy = new DeploymentStrategyArgs { RollingUpdate = rollingUpdate },""")]
    public Task RecreateZeroSurgeConfigOrOutputStrategy_DoesNotReport(string members) => Verify.DiagnosticsAsync(
        StandIn.Pulumi,
        PulumiPrograms.HostPortWeb(members)
            .Replace("public WebStack()", "public WebStack(Output<DeploymentStrategyArgs> strategy, Output<RollingUpdateDeploymentArgs> rollingUpdate)")
            .Replace("        new Pulumi.Kubernetes", "        var config = new Config();\n        new Pulumi.Kubernetes"),
        Id);

    [Fact]
    public Task DaemonSetWithSurge_ReportsAndDefaultDoesNot() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDaemonSet = Pulumi.Kubernetes.Apps.V1.DaemonSet;

        class Agents
        {
            void Create()
            {
                new K8sDaemonSet("surging", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        UpdateStrategy = new DaemonSetUpdateStrategyArgs { RollingUpdate = new RollingUpdateDaemonSetArgs { [|MaxSurge = 1|], MaxUnavailable = 0 } },
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "agent", Ports = { new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 } } } } } },
                    },
                });
                new K8sDaemonSet("default", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "agent", Ports = { new ContainerPortArgs { ContainerPortValue = 9100, HostPort = 9100 } } } } } },
                    },
                });
            }
        }
        """, Id);

    /// <summary>Target-typed <c>new()</c> does not convert to <c>Input&lt;T&gt;</c>: the fix writes the args types.</summary>
    [Fact]
    public Task SetMaxSurgeToZero_AddsStrategyArgsToSpec() => Verify.FixAsync(
        StandIn.Pulumi,
        PulumiPrograms.HostPortWeb("[|Replicas = 3|],"),
        PulumiPrograms.HostPortWeb("Replicas = 3,").Replace(
            "HostPort = 80 } } } } },\n                },",
            "HostPort = 80 } } } } },\n                },\n                Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },"),
        RolloutCodeFixProvider.SetMaxSurgeToZeroKey,
        Id);

    [Fact]
    public Task SetMaxSurgeToZero_InNginxProgram_AddsStrategyArgsToSpec() => Verify.FixAsync(
        StandIn.Pulumi,
        PulumiPrograms.HostNetworkNginx("[|Replicas = 2|],"),
        PulumiPrograms.HostNetworkNginx("Replicas = 2,").Replace(
            "            },\n        },\n    });",
            "            },\n            Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },\n        },\n    });"),
        RolloutCodeFixProvider.SetMaxSurgeToZeroKey,
        Id);

    [Fact]
    public Task SetMaxSurgeToZero_InExistingRollingUpdateAndStrategy_FixAll() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            DeploymentSpecArgs A() => new DeploymentSpecArgs
            {
                Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = "25%"|], MaxUnavailable = 0 } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
            };

            DeploymentSpecArgs B() => new DeploymentSpecArgs
            {
                [|Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate" }|],
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 81, HostPort = 81 } } } } } },
            };

            DaemonSetSpecArgs C() => new DaemonSetSpecArgs
            {
                UpdateStrategy = new DaemonSetUpdateStrategyArgs { RollingUpdate = new RollingUpdateDaemonSetArgs { [|MaxSurge = 1|] } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true, Containers = { new ContainerArgs { Name = "c" } } } },
            };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            DeploymentSpecArgs A() => new DeploymentSpecArgs
            {
                Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
            };

            DeploymentSpecArgs B() => new DeploymentSpecArgs
            {
                Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate", RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 81, HostPort = 81 } } } } } },
            };

            DaemonSetSpecArgs C() => new DaemonSetSpecArgs
            {
                UpdateStrategy = new DaemonSetUpdateStrategyArgs { RollingUpdate = new RollingUpdateDaemonSetArgs { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true, Containers = { new ContainerArgs { Name = "c" } } } },
            };
        }
        """, RolloutCodeFixProvider.SetMaxSurgeToZeroKey, Id);

    /// <summary>The args types are written as the file can name them: through a namespace alias, or qualified when not imported.</summary>
    [Fact]
    public Task SetMaxSurgeToZero_WritesTypeNamesTheFileCanResolve() => Verify.FixAsync(StandIn.Pulumi, """
        using Apps = Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Core = Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            Apps.DeploymentSpecArgs A() => new Apps.DeploymentSpecArgs
            {
                [|Replicas = 2|],
                Template = new Core.PodTemplateSpecArgs { Spec = new Core.PodSpecArgs { HostNetwork = true } },
            };

            Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentSpecArgs B() => new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentSpecArgs
            {
                [|Strategy = new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentStrategyArgs()|],
                Template = new Core.PodTemplateSpecArgs { Spec = new Core.PodSpecArgs { HostNetwork = true } },
            };
        }
        """, """
        using Apps = Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Core = Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            Apps.DeploymentSpecArgs A() => new Apps.DeploymentSpecArgs
            {
                Replicas = 2,
                Template = new Core.PodTemplateSpecArgs { Spec = new Core.PodSpecArgs { HostNetwork = true } },
                Strategy = new Apps.DeploymentStrategyArgs { RollingUpdate = new Apps.RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },
            };

            Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentSpecArgs B() => new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentSpecArgs
            {
                Strategy = new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentStrategyArgs() { RollingUpdate = new Apps.RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = 1 } },
                Template = new Core.PodTemplateSpecArgs { Spec = new Core.PodSpecArgs { HostNetwork = true } },
            };
        }
        """, RolloutCodeFixProvider.SetMaxSurgeToZeroKey, Id);

    [Fact]
    public Task UseRecreate_ReplacesRollingUpdateOrAddsStrategyArgs() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            DeploymentSpecArgs A() => new DeploymentSpecArgs
            {
                Strategy = new DeploymentStrategyArgs { Type = "RollingUpdate", RollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = 1|] } },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
            };

            DeploymentSpecArgs B() => new DeploymentSpecArgs
            {
                [|Replicas = 2|],
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 81, HostPort = 81 } } } } } },
            };
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            DeploymentSpecArgs A() => new DeploymentSpecArgs
            {
                Strategy = new DeploymentStrategyArgs { Type = "Recreate" },
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "a", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
            };

            DeploymentSpecArgs B() => new DeploymentSpecArgs
            {
                Replicas = 2,
                Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "b", Ports = { new ContainerPortArgs { ContainerPortValue = 81, HostPort = 81 } } } } } },
                Strategy = new DeploymentStrategyArgs { Type = "Recreate" },
            };
        }
        """, RolloutCodeFixProvider.UseRecreateKey, Id);
    /// <summary>Pulumi programs often build args in locals: Recreate must drop the strategy's rollingUpdate wherever it is written.</summary>
    [Fact]
    public Task UseRecreate_RemovesRollingUpdateHeldInALocalOrSetByAnAssignment() => Verify.FixAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Stacks
        {
            void Create()
            {
                var rollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = 1|], MaxUnavailable = 0 };
                var strategy = new DeploymentStrategyArgs { RollingUpdate = rollingUpdate };
                new K8sDeployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Strategy = strategy,
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
                    },
                });

                var apiStrategy = new DeploymentStrategyArgs();
                apiStrategy.RollingUpdate = new RollingUpdateDeploymentArgs { [|MaxSurge = 2|] };
                new K8sDeployment("api", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Strategy = apiStrategy,
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } },
                    },
                });
            }
        }
        """, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        class Stacks
        {
            void Create()
            {
                var rollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 1, MaxUnavailable = 0 };
                var strategy = new DeploymentStrategyArgs { Type = "Recreate" };
                new K8sDeployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Strategy = strategy,
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 80, HostPort = 80 } } } } } },
                    },
                });

                var apiStrategy = new DeploymentStrategyArgs() { Type = "Recreate" };
                new K8sDeployment("api", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Strategy = apiStrategy,
                        Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } },
                    },
                });
            }
        }
        """, RolloutCodeFixProvider.UseRecreateKey, Id);
}

/// <summary>K8S3003 in Pulumi.Kubernetes programs: one node per replica.</summary>
public class OneNodePerReplicaPulumiTests
{
    private const string Id = RuleIds.OneNodePerReplica;

    [Fact]
    public Task ReplicasAboveOne_WithoutNodeCount_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, PulumiPrograms.HostNetworkNginx("[|Replicas = 2|],"), Id);

    [Fact]
    public Task ReplicaSetFromLocal_Reports() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create()
            {
                var count = 4;
                new Pulumi.Kubernetes.Apps.V1.ReplicaSet("set", new ReplicaSetArgs
                {
                    Spec = new ReplicaSetSpecArgs { [|Replicas = count|], Template = new PodTemplateSpecArgs { Spec = new PodSpecArgs { HostNetwork = true } } },
                });
            }
        }
        """, Id);

    [Theory]
    [InlineData("Replicas = 1,", "")]
    [InlineData("", "")]
    [InlineData("Replicas = 2,", "kube_analyzers.node_count = 1")]
    [InlineData("Replicas = config.RequireInt32(\"replicas\"),", "")]
    [InlineData("Replicas = Output.Create(2),", "")]
    public Task OneReplicaConfigOrOutput_OrK8S3001Firing_DoesNotReport(string replicas, string option) => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = PulumiPrograms.HostNetworkNginx(replicas).Replace("return await Deployment.RunAsync(() =>\n{", "return await Deployment.RunAsync(() =>\n{\n    var config = new Config();"),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public async Task Message_IsInfoAndNamesTheCountAndTheClaim()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.Pulumi, PulumiPrograms.HostPortWeb("Replicas = 3,"));
        var diagnostic = Assert.Single(diagnostics, d => d.Id == Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "Each of the 3 replicas of Deployment 'web' needs a node of its own, because its pods claim host port TCP/0.0.0.0:80; a service meant to run once per node is a DaemonSet, and replicas that only need to be kept apart want pod anti-affinity on kubernetes.io/hostname",
            diagnostic.GetMessage());
    }
}

/// <summary>K8S3004 in Pulumi.Kubernetes programs: invalid rollout numbers.</summary>
public class InvalidRolloutNumbersPulumiTests
{
    private const string Id = RuleIds.InvalidRolloutNumbers;

    [Fact]
    public Task NegativeCountsAndZeroSurgeWithZeroUnavailable_Report() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            const int Broken = -1;

            void Create()
            {
                new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        [|Replicas = Broken|],
                        Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, [|MaxUnavailable = "0%"|] } },
                        Template = new PodTemplateSpecArgs(),
                    },
                });

                var workers = -3;
                new Pulumi.Kubernetes.Batch.V1.Job("load", new JobArgs { Spec = new JobSpecArgs { [|Parallelism = workers|], Template = new PodTemplateSpecArgs() } });

                new Pulumi.Kubernetes.Apps.V1.DaemonSet("agent", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs { UpdateStrategy = new DaemonSetUpdateStrategyArgs { RollingUpdate = new RollingUpdateDaemonSetArgs { [|MaxSurge = 1|] } }, Template = new PodTemplateSpecArgs() },
                });
            }
        }
        """, Id);

    [Fact]
    public Task ValidConfigOrOutputNumbers_DoNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Batch.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class Stacks
        {
            void Create(Output<int> unavailable)
            {
                var config = new Config();
                new Pulumi.Kubernetes.Apps.V1.Deployment("a", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = config.RequireInt32("replicas"),
                        Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = config.Require("maxSurge"), MaxUnavailable = 0 } },
                        Template = new PodTemplateSpecArgs(),
                    },
                });
                new Pulumi.Kubernetes.Apps.V1.Deployment("b", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        Replicas = 0,
                        Strategy = new DeploymentStrategyArgs { RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 0, MaxUnavailable = unavailable } },
                        Template = new PodTemplateSpecArgs(),
                    },
                });
                new Pulumi.Kubernetes.Batch.V1.Job("c", new JobArgs { Spec = new JobSpecArgs { Parallelism = config.GetInt32("parallelism") ?? -1, Template = new PodTemplateSpecArgs() } });
            }
        }
        """, Id);
}

/// <summary>K8S3005 (disabled by default) in Pulumi.Kubernetes programs: too few replicas.</summary>
public class TooFewReplicasPulumiTests
{
    private const string Id = RuleIds.TooFewReplicas;

    private const string Enabled = "dotnet_diagnostic.K8S3005.severity = warning";

    [Fact]
    public Task DisabledByDefault_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.Pulumi, PulumiPrograms.HostPortWeb("Replicas = 1,"), Id);

    [Fact]
    public Task Enabled_ReportsBelowMinimum_OnReplicasOrTheSpec() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi;
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                const int One = 1;

                void Create(Output<int> replicas)
                {
                    var config = new Config();
                    new Pulumi.Kubernetes.Apps.V1.Deployment("explicit", new DeploymentArgs { Spec = new DeploymentSpecArgs { [|Replicas = One|], Template = new PodTemplateSpecArgs() } });
                    new Pulumi.Kubernetes.Apps.V1.StatefulSet("absent", new StatefulSetArgs { Spec = [|new StatefulSetSpecArgs { ServiceName = "db", Template = new PodTemplateSpecArgs() }|] });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("enough", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = 3, Template = new PodTemplateSpecArgs() } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("config", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = config.RequireInt32("replicas"), Template = new PodTemplateSpecArgs() } });
                    new Pulumi.Kubernetes.Apps.V1.Deployment("output", new DeploymentArgs { Spec = new DeploymentSpecArgs { Replicas = replicas, Template = new PodTemplateSpecArgs() } });
                }
            }
            """,
        EditorConfig = Enabled + "\nkube_analyzers.min_replicas = 3",
    }.RunAsync();

    [Fact]
    public Task SetReplicasToMinimum_ReplacesOrAdds_FixAll() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                DeploymentSpecArgs A() => new DeploymentSpecArgs { [|Replicas = 1|], Template = new PodTemplateSpecArgs() };
                DeploymentSpecArgs B() => [|new DeploymentSpecArgs { Template = new PodTemplateSpecArgs() }|];
                StatefulSetSpecArgs C() => [|new StatefulSetSpecArgs()|];
            }
            """,
        FixedCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Core.V1;

            class Stacks
            {
                DeploymentSpecArgs A() => new DeploymentSpecArgs { Replicas = 2, Template = new PodTemplateSpecArgs() };
                DeploymentSpecArgs B() => new DeploymentSpecArgs { Template = new PodTemplateSpecArgs(), Replicas = 2 };
                StatefulSetSpecArgs C() => new StatefulSetSpecArgs() { Replicas = 2 };
            }
            """,
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToMinimumKey,
        EditorConfig = Enabled,
    }.RunAsync();
    /// <summary>
    /// Args without a spec: the diagnostic is on the args, the constructor argument of the resource, where there is
    /// nothing to set replicas on; the fix must not replace the argument.
    /// </summary>
    [Fact]
    public Task DeploymentArgsWithoutSpec_Reports_WithoutAFix() => new KubeTest(StandIn.Pulumi, Id)
    {
        TestCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class Stacks
            {
                void Create() => new Pulumi.Kubernetes.Apps.V1.Deployment("web", [|new DeploymentArgs { Metadata = new ObjectMetaArgs { Name = "web" } }|]);
            }
            """,
        FixedCode = """
            using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
            using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

            class Stacks
            {
                void Create() => new Pulumi.Kubernetes.Apps.V1.Deployment("web", [|new DeploymentArgs { Metadata = new ObjectMetaArgs { Name = "web" } }|]);
            }
            """,
        FixEquivalenceKey = RolloutCodeFixProvider.SetReplicasToMinimumKey,
        EditorConfig = Enabled,
    }.RunAsync();
}

/// <summary>K8S4001 in Pulumi.Kubernetes programs, and across Pulumi and KubernetesClient workloads of one compilation.</summary>
public class HostPortConflictPulumiTests
{
    private const string Id = RuleIds.HostPortConflict;

    [Fact]
    public Task TwoPulumiDeploymentsInDifferentFiles_ReportOncePerPair() => new KubeTest(StandIn.Pulumi, Id)
    {
        Sources =
        {
            PulumiPrograms.HostPortWeb("Replicas = 2,", "web", "WebStack"),
            PulumiPrograms.HostPortWeb("Replicas = 2,", "api", "ApiStack").Replace("HostPort = 80 }", "[|HostPort = 80|] }"),
        },
    }.RunAsync();

    private const string PulumiIngress = """
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using K8sDaemonSet = Pulumi.Kubernetes.Apps.V1.DaemonSet;

        class IngressStack : Stack
        {
            public IngressStack()
            {
                new K8sDaemonSet("edge", new DaemonSetArgs
                {
                    Spec = new DaemonSetSpecArgs
                    {
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "proxy", Ports = { new ContainerPortArgs { ContainerPortValue = 8080, HostPort = 80 } } } } },
                        },
                    },
                });
            }
        }
        """;

    private const string ClientWeb = """
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Metadata = new() { Name = "web" },
                Spec = new() { Replicas = 2, Selector = new(), Template = new() { Spec = new() { HostNetwork = true, Containers = [new() { Name = "nginx", Ports = [new() { [|ContainerPort = 80|] }] }] } } },
            };
        }
        """;

    [Fact]
    public Task PulumiDaemonSetAndKubernetesClientDeployment_InOneCompilation_Report() => new KubeTest(StandIn.PulumiAndKubernetesClientRecords, Id)
    {
        Sources = { PulumiIngress, ClientWeb },
    }.RunAsync();

    [Fact]
    public Task PulumiDeploymentAndKubernetesClientDeployment_ClaimingTheSameHostPort_Report() => new KubeTest(StandIn.PulumiAndKubernetesClientRecords, Id)
    {
        Sources =
        {
            PulumiPrograms.HostPortWeb("Replicas = 2,", "web", "WebStack"),
            """
            using k8s.Models;

            class Manifests
            {
                V1Deployment Api() => new()
                {
                    Metadata = new() { Name = "api" },
                    Spec = new() { Replicas = 2, Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "api", Ports = [new() { ContainerPort = 8081, [|HostPort = 80|] }] }] } } },
                };
            }
            """,
        },
    }.RunAsync();

    [Fact]
    public async Task PulumiDaemonSetAndKubernetesClientDeployment_MessageNamesBoth()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(
            StandIn.PulumiAndKubernetesClientRecords,
            "using k8s.Models;\n" + PulumiIngress + "\n" + ClientWeb.Replace("using k8s.Models;", string.Empty).Replace("[|", string.Empty).Replace("|]", string.Empty),
            "kube_analyzers.node_count = 4");
        var conflict = Assert.Single(diagnostics, d => d.Id == Id);
        Assert.Equal(
            "Deployment 'web' claims TCP/0.0.0.0:80, which DaemonSet 'edge' also claims: their pods can never share a node; DaemonSet 'edge' runs on every node, so Deployment 'web' can never be scheduled on a node that runs it; with 4 nodes, 2 pods cannot be placed",
            conflict.GetMessage());
        var other = Assert.Single(conflict.AdditionalLocations);
        Assert.Equal("HostPort = 80", other.SourceTree!.GetText().ToString(other.SourceSpan));
    }

    [Theory]
    [InlineData("Protocol = \"UDP\", HostPort = 80")]
    [InlineData("HostIP = \"10.0.0.2\", HostPort = 80")]
    [InlineData("HostPort = 81")]
    [InlineData("HostPort = config.RequireInt32(\"hostPort\")")]
    [InlineData("HostPort = Output.Create(80)")]
    [InlineData("HostPort = 80, Protocol = config.Require(\"protocol\")")]
    public Task DifferentProtocolAddressPort_OrConfigAndOutput_DoNotReport(string otherPort) => new KubeTest(StandIn.Pulumi, Id)
    {
        Sources =
        {
            PulumiPrograms.HostPortWeb("Replicas = 2,", "web", "WebStack").Replace("HostPort = 80", "HostIP = \"10.0.0.1\", HostPort = 80"),
            PulumiPrograms.HostPortWeb("Replicas = 2,", "api", "ApiStack")
                .Replace("HostPort = 80", otherPort)
                .Replace("        new Pulumi.Kubernetes", "        var config = new Config();\n        new Pulumi.Kubernetes"),
        },
    }.RunAsync();
}
