using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S1001: a non-zero hostPort ties the pod to the nodes where that port is free.</summary>
public class HostPortRuleTests
{
    private const string Id = RuleIds.HostPort;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortInObjectInitializer_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort { ContainerPort = 80, [|HostPort = 8080|] };
        }
        """, Id);

    [Fact]
    public Task HostPortInNestedCollectionExpressions_OfRecordPod_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod() => new V1Pod { Spec = new() { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, [|HostPort = 8080|] }] }] } };
        }
        """, Id);

    [Fact]
    public Task HostPortAsNamedConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort(80, [|hostPort: 8080|]);
        }
        """, Id);

    [Fact]
    public Task HostPortAsPositionalConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort(80, null, [|8080|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortFromConstantAndLocal_InListInitializerOfDeployment_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        static class Ports
        {
            public const int Metrics = 9100;
        }

        class Manifests
        {
            V1Deployment Deployment()
            {
                var http = 8080;
                return new V1Deployment
                {
                    Spec = new V1DeploymentSpec
                    {
                        Selector = new V1LabelSelector(),
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec
                            {
                                Containers = new List<V1Container>
                                {
                                    new V1Container
                                    {
                                        Name = "web",
                                        Ports = new[]
                                        {
                                            new V1ContainerPort { ContainerPort = 80, [|HostPort = http|] },
                                            new V1ContainerPort { ContainerPort = 9100, [|HostPort = Ports.Metrics|] },
                                        },
                                    },
                                },
                            },
                        },
                    },
                };
            }
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortSetInLambda_WithUnknownValue_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using System.Linq;
        using k8s.Models;

        class Manifests
        {
            IList<V1ContainerPort> Ports(int[] ports) => ports.Select(p => new V1ContainerPort { ContainerPort = p, [|HostPort = p|] }).ToList();
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostPortAssignedLater_ToLocalPort_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port()
            {
                var port = new V1ContainerPort { ContainerPort = 80 };
                [|port.HostPort = 8080|];
                return port;
            }
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "HostPort = 0")]
    [InlineData(StandIn.KubernetesClientRecords, "HostPort = null")]
    [InlineData(StandIn.KubernetesClientClasses, "HostPort = 0")]
    [InlineData(StandIn.KubernetesClientClasses, "HostPort = default")]
    public Task HostPortZeroOrNull_DoesNotReport(StandIn standIn, string hostPort) => Verify.DiagnosticsAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort { ContainerPort = 80, {{hostPort}} };
        }
        """, Id);

    [Fact]
    public Task HostPortZeroAsConstructorArgument_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort(80, hostPort: 0);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task CodeThatOnlyReadsHostPort_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Linq;
        using k8s.Models;

        class Checks
        {
            bool UsesHostPort(V1Pod pod) => pod.Spec.Containers.Any(c => c.Ports != null && c.Ports.Any(p => p.HostPort == 8080 || p.HostPort > 0));
        }
        """, Id);

    [Fact]
    public Task TypesNamedLikeTheClientsInAnotherNamespace_DoNotReport() => Verify.DiagnosticsAsync(StandIn.None, """
        namespace MyModels
        {
            public class V1ContainerPort
            {
                public int ContainerPort { get; set; }
                public int? HostPort { get; set; }
            }

            class Manifests
            {
                V1ContainerPort Port() => new V1ContainerPort { ContainerPort = 80, HostPort = 8080 };
            }
        }
        """, Id);

    [Theory]
    [InlineData("kube_analyzers.allowed_host_ports = 8080")]
    [InlineData("kube_analyzers.allowed_host_ports = 80, 8000-8100")]
    public Task AllowListedHostPort_DoesNotReport(string option) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort[] Ports() =>
                [
                    new() { ContainerPort = 80, HostPort = 8080 },
                    new() { ContainerPort = 81, [|HostPort = 8181|] },
                ];
            }
            """,
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task AllowListedHostPort_FromGlobalConfig_DoesNotReport() => new KubeTest(StandIn.KubernetesClientClasses, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort Port() => new V1ContainerPort(80, hostPort: 8080);
            }
            """,
        GlobalConfig = "kube_analyzers.allowed_host_ports = 8080",
    }.RunAsync();

    [Fact]
    public async Task Message_NamesPortProtocolAndHostIP()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort Udp() => new() { ContainerPort = 53, HostPort = 53, Protocol = "UDP", HostIP = "10.0.0.1" };
                V1ContainerPort Tcp() => new() { ContainerPort = 80, HostPort = 8080 };
                V1ContainerPort Unknown(int p) => new() { ContainerPort = 80, HostPort = p };
            }
            """);

        Assert.Equal(
            [
                "hostPort 53 ties the pod to nodes where UDP/10.0.0.1:53 is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
                "hostPort 8080 ties the pod to nodes where TCP/0.0.0.0:8080 is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
                "hostPort 'p' ties the pod to nodes where TCP/0.0.0.0:'p' is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostPort_FromInitializer_KeepsLayout() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Container Container() => new()
            {
                Name = "agent",
                Ports =
                [
                    new() { ContainerPort = 9100, [|HostPort = 9100|] },
                    new()
                    {
                        ContainerPort = 8080,
                        [|HostPort = 8080|],
                        Name = "http",
                    },
                    new()
                    {
                        ContainerPort = 8443,
                        [|HostPort = 8443|]
                    },
                ],
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1Container Container() => new()
            {
                Name = "agent",
                Ports =
                [
                    new() { ContainerPort = 9100 },
                    new()
                    {
                        ContainerPort = 8080,
                        Name = "http",
                    },
                    new()
                    {
                        ContainerPort = 8443
                    },
                ],
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, Id);

    [Fact]
    public Task RemoveHostPort_NamedConstructorArgument() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort(80, [|hostPort: 8080|], protocol: "TCP");
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort(80, protocol: "TCP");
        }
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, Id);

    [Fact]
    public Task RemoveHostPort_PositionalConstructorArgument_NamesTheArgumentsAfterIt() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Last() => new V1ContainerPort(80, null, [|8080|]);
            V1ContainerPort Middle() => new V1ContainerPort(80, "10.0.0.1", [|8080|], "http", "TCP");
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Last() => new V1ContainerPort(80, null);
            V1ContainerPort Middle() => new V1ContainerPort(80, "10.0.0.1", name: "http", protocol: "TCP");
        }
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, Id);

    [Fact]
    public Task RemoveHostPort_AssignmentStatement() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port()
            {
                var port = new V1ContainerPort { ContainerPort = 80 };
                [|port.HostPort = 8080|];
                return port;
            }
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port()
            {
                var port = new V1ContainerPort { ContainerPort = 80 };
                return port;
            }
        }
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, Id);

    [Fact]
    public Task RemoveHostPort_FixAllAcrossDocuments() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        Sources =
        {
            """
            using k8s.Models;

            class A
            {
                V1ContainerPort P() => new() { ContainerPort = 80, [|HostPort = 80|] };
            }
            """,
            """
            using k8s.Models;

            class B
            {
                V1ContainerPort P() => new() { [|HostPort = 81|], ContainerPort = 81 };
            }
            """,
        },
        FixedSources =
        {
            """
            using k8s.Models;

            class A
            {
                V1ContainerPort P() => new() { ContainerPort = 80 };
            }
            """,
            """
            using k8s.Models;

            class B
            {
                V1ContainerPort P() => new() { ContainerPort = 81 };
            }
            """,
        },
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveHostPortKey,
    }.RunAsync();
}
