using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Rules;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S3003: replace hostPort with required pod anti-affinity on kubernetes.io/hostname.</summary>
public class AntiAffinityFixTests
{
    private const string Id = RuleIds.OneNodePerReplica;

    [Fact]
    public Task UseAntiAffinity_RecordDeploymentWithHostPort_RemovesHostPortAndAddsAntiAffinityOnTheTemplateLabels() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Metadata = new() { Name = "web" },
                Spec = new()
                {
                    [|Replicas = 3|],
                    Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } },
                        Spec = new()
                        {
                            Containers =
                            [
                                new() { Name = "web", Image = "nginx:1.27", Ports = [new() { ContainerPort = 80, HostPort = 8080 }] },
                            ],
                        },
                    },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Metadata = new() { Name = "web" },
                Spec = new()
                {
                    Replicas = 3,
                    Selector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } },
                        Spec = new()
                        {
                            Containers =
                            [
                                new() { Name = "web", Image = "nginx:1.27", Ports = [new() { ContainerPort = 80 }] },
                            ],
                            Affinity = new() { PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } } }] } },
                        },
                    },
                },
            };
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, Id);

    [Fact]
    public Task UseAntiAffinity_V17ConstructorCalls_RemovesHostPortAndHostIPArgumentsAndAddsAffinityArgument() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new V1Deployment(
                metadata: new V1ObjectMeta(name: "web"),
                spec: new V1DeploymentSpec(
                    new V1LabelSelector(matchLabels: new Dictionary<string, string> { ["app"] = "web" }),
                    new V1PodTemplateSpec(
                        new V1ObjectMeta(labels: new Dictionary<string, string> { ["app"] = "web" }),
                        new V1PodSpec(new List<V1Container>
                        {
                            new V1Container("web", image: "nginx:1.27", ports: new List<V1ContainerPort> { new V1ContainerPort(80, "10.0.0.1", 8080, "http") }),
                            new V1Container("metrics", ports: new List<V1ContainerPort> { new V1ContainerPort(9113, hostPort: 9113) }),
                        })),
                    [|replicas: 3|]));
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new V1Deployment(
                metadata: new V1ObjectMeta(name: "web"),
                spec: new V1DeploymentSpec(
                    new V1LabelSelector(matchLabels: new Dictionary<string, string> { ["app"] = "web" }),
                    new V1PodTemplateSpec(
                        new V1ObjectMeta(labels: new Dictionary<string, string> { ["app"] = "web" }),
                        new V1PodSpec(new List<V1Container>
                        {
                            new V1Container("web", image: "nginx:1.27", ports: new List<V1ContainerPort> { new V1ContainerPort(80, name: "http") }),
                            new V1Container("metrics", ports: new List<V1ContainerPort> { new V1ContainerPort(9113) }),
                        }, affinity: new() { PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } } }] } })),
                    replicas: 3));
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task UseAntiAffinity_ExistingAffinity_AddsToWhatIsWritten(StandIn standIn) => Verify.FixAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment LinuxOnly() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity
                            {
                                NodeAffinity = new V1NodeAffinity { PreferredDuringSchedulingIgnoredDuringExecution = [] },
                            },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443, HostPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment Preferred() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { PreferredDuringSchedulingIgnoredDuringExecution = [] } },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443, HostPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment Required() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity
                            {
                                PodAntiAffinity = new V1PodAntiAffinity
                                {
                                    RequiredDuringSchedulingIgnoredDuringExecution =
                                    [
                                        new V1PodAffinityTerm { TopologyKey = "topology.kubernetes.io/zone", LabelSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "db" } } },
                                    ],
                                },
                            },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443, HostPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment RequiredList() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new List<V1PodAffinityTerm> { } } },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443, HostPort = 8443 }] }],
                        },
                    },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment LinuxOnly() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity
                            {
                                NodeAffinity = new V1NodeAffinity { PreferredDuringSchedulingIgnoredDuringExecution = [] },
                                PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } } }] },
                            },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment Preferred() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { PreferredDuringSchedulingIgnoredDuringExecution = [], RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } } }] } },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment Required() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity
                            {
                                PodAntiAffinity = new V1PodAntiAffinity
                                {
                                    RequiredDuringSchedulingIgnoredDuringExecution =
                                    [
                                        new V1PodAffinityTerm { TopologyKey = "topology.kubernetes.io/zone", LabelSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "db" } } },
                                        new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } } },
                                    ],
                                },
                            },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443 }] }],
                        },
                    },
                },
            };

            V1Deployment RequiredList() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new List<V1PodAffinityTerm> { new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } } } } } },
                            Containers = [new V1Container { Name = "api", Ports = [new V1ContainerPort { ContainerPort = 8443 }] }],
                        },
                    },
                },
            };
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, Id);

    [Fact]
    public Task UseAntiAffinity_FileWithHeaderAndWithoutCollectionsUsing_AddsTheUsingOnceBelowTheHeader() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        // Manifests of the shop, applied by the deploy job.

        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Spec = new()
                {
                    [|Replicas = 2|],
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new System.Collections.Generic.Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }] },
                    },
                },
            };

            V1Deployment Api() => new()
            {
                Spec = new()
                {
                    [|Replicas = 2|],
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new System.Collections.Generic.Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new() { Containers = [new() { Name = "api", Ports = [new() { ContainerPort = 8080, HostPort = 8080 }] }] },
                    },
                },
            };
        }
        """, """
        // Manifests of the shop, applied by the deploy job.

        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Spec = new()
                {
                    Replicas = 2,
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new System.Collections.Generic.Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80 }] }], Affinity = new() { PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } } }] } } },
                    },
                },
            };

            V1Deployment Api() => new()
            {
                Spec = new()
                {
                    Replicas = 2,
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new System.Collections.Generic.Dictionary<string, string> { ["app"] = "api" } },
                        Spec = new() { Containers = [new() { Name = "api", Ports = [new() { ContainerPort = 8080 }] }], Affinity = new() { PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "api" } } }] } } },
                    },
                },
            };
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, Id);

    [Fact]
    public Task UseAntiAffinity_InitContainerHostPort_IsLeftAsItIs() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Spec = new()
                {
                    [|Replicas = 2|],
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new()
                        {
                            InitContainers = [new() { Name = "probe", Ports = [new() { ContainerPort = 9000, HostPort = 9000 }] }],
                            Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }],
                        },
                    },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Web() => new()
            {
                Spec = new()
                {
                    Replicas = 2,
                    Selector = new(),
                    Template = new()
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new()
                        {
                            InitContainers = [new() { Name = "probe", Ports = [new() { ContainerPort = 9000, HostPort = 9000 }] }],
                            Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80 }] }],
                            Affinity = new() { PodAntiAffinity = new() { RequiredDuringSchedulingIgnoredDuringExecution = [new() { TopologyKey = "kubernetes.io/hostname", LabelSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } } }] } },
                        },
                    },
                },
            };
        }
        """, SchedulingCodeFixProvider.UseAntiAffinityKey, Id);

    /// <summary>A fix that is not offered leaves the code as it is: the fixed code is the test code, diagnostics included.</summary>
    private static Task NotOfferedAsync(StandIn standIn, string code) => new KubeTest(standIn, Id)
    {
        TestCode = code,
        FixedCode = code,
        FixEquivalenceKey = SchedulingCodeFixProvider.UseAntiAffinityKey,
    }.RunAsync();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task UseAntiAffinity_LabelsUnknown_IsNotOffered(StandIn standIn) => NotOfferedAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment FromParameter(IDictionary<string, string> labels) => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = labels },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = labels },
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] },
                    },
                },
            };

            V1Deployment ValueUnknown(string team) => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web", ["team"] = team } },
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] },
                    },
                },
            };

            V1Deployment NoLabels() => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] } },
                },
            };
        }
        """);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task UseAntiAffinity_HostNetwork_IsNotOfferedButDaemonSetIs(StandIn standIn)
    {
        const string Code = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1Deployment Nginx() => new V1Deployment
                {
                    Spec = new V1DeploymentSpec
                    {
                        [|Replicas = 2|],
                        Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "nginx" } },
                        Template = new V1PodTemplateSpec
                        {
                            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "nginx" } },
                            Spec = new V1PodSpec
                            {
                                HostNetwork = true,
                                Containers = [new V1Container { Name = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }],
                            },
                        },
                    },
                };
            }
            """;
        return Task.WhenAll(
            NotOfferedAsync(standIn, Code),
            new KubeTest(standIn, Id)
            {
                TestCode = Code,
                FixedCode = Code.Replace("V1Deployment", "V1DaemonSet").Replace("            [|Replicas = 2|],\n", string.Empty),
                FixEquivalenceKey = SchedulingCodeFixProvider.ConvertOneNodePerReplicaToDaemonSetKey,
            }.RunAsync());
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task UseAntiAffinity_AffinityNotWrittenInPlace_IsNotOffered(StandIn standIn) => NotOfferedAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Shared(V1Affinity affinity) => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new V1PodSpec { Affinity = affinity, Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }] },
                    },
                },
            };

            V1Deployment Terms(IList<V1PodAffinityTerm> terms) => new V1Deployment
            {
                Spec = new V1DeploymentSpec
                {
                    [|Replicas = 2|],
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                        Spec = new V1PodSpec
                        {
                            Affinity = new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = terms } },
                            Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] }],
                        },
                    },
                },
            };
        }
        """);

    [Fact]
    public async Task Diagnostic_CarriesTheLabelsEscapedAndThePodSpecAndHostPortMembersAsLocations()
    {
        var source = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1Deployment Web() => new()
                {
                    Spec = new()
                    {
                        Replicas = 2,
                        Selector = new(),
                        Template = new()
                        {
                            Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "web", ["odd,key"] = "a=b\\c" } },
                            Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = 8080, HostIP = "10.0.0.1" }] }] },
                        },
                    },
                };
            }
            """;
        var diagnostic = Assert.Single(await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, source), d => d.Id == Id);

        Assert.Equal("Deployment", diagnostic.Properties[RuleContext.KindProperty]);
        Assert.Equal("app=web,odd\\,key=a\\=b\\\\c", diagnostic.Properties[AntiAffinityTargets.LabelsProperty]);
        Assert.Equal(["app: web", "odd,key: a=b\\c"], LabelList.Parse(diagnostic.Properties[AntiAffinityTargets.LabelsProperty]).Select(l => l.Key + ": " + l.Value));
        Assert.Equal(
            ["new() { Containers = [new() { Name = \"web\", Ports = [new() { ContainerPort = 80, HostPort = 8080, HostIP = \"10.0.0.1\" }] }] }", "HostPort = 8080", "HostIP = \"10.0.0.1\""],
            diagnostic.AdditionalLocations.Select(l => source.Substring(l.SourceSpan.Start, l.SourceSpan.Length)));
    }

    [Fact]
    public async Task UseAntiAffinity_CSharp7_3_WritesExplicitTypesAndAList()
    {
        const string Source = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1Deployment Web()
                {
                    return new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Replicas = 2,
                            Selector = new V1LabelSelector(),
                            Template = new V1PodTemplateSpec
                            {
                                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { { "app", "web" } } },
                                Spec = new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(80, hostPort: 80) }) }),
                            },
                        },
                    };
                }
            }
            """;
        const string Expected = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1Deployment Web()
                {
                    return new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Replicas = 2,
                            Selector = new V1LabelSelector(),
                            Template = new V1PodTemplateSpec
                            {
                                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { { "app", "web" } } },
                                Spec = new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(80) }) }, affinity: new V1Affinity { PodAntiAffinity = new V1PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new List<V1PodAffinityTerm> { new V1PodAffinityTerm { TopologyKey = "kubernetes.io/hostname", LabelSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } } } } } }),
                            },
                        },
                    };
                }
            }
            """;
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "P", "P", LanguageNames.CSharp, compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), parseOptions: new CSharpParseOptions(LanguageVersion.CSharp7_3), metadataReferences: StandIns.For(StandIn.KubernetesClientClasses)))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", Source, filePath: "/0/Test0.cs");
        var document = solution.Projects.Single().Documents.Single();
        Assert.Empty((await document.Project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostic = Assert.Single(await Analysis.GetDiagnosticsAsync(document.Project), d => d.Id == RuleIds.OneNodePerReplica);
        var action = await Analysis.FindFixAsync(document, diagnostic, SchedulingCodeFixProvider.UseAntiAffinityKey, default);
        Assert.NotNull(action);
        var operation = Assert.Single(await action.GetOperationsAsync(default));
        var changed = Assert.IsType<ApplyChangesOperation>(operation).ChangedSolution.GetDocument(document.Id)!;

        Assert.Equal(Expected, (await changed.GetTextAsync()).ToString());
        Assert.Empty((await changed.Project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
