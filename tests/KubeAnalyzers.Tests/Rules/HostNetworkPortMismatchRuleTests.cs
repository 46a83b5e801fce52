using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S2002: under hostNetwork a regular container's non-zero hostPort must equal its containerPort.</summary>
public class HostNetworkPortMismatchRuleTests
{
    private const string Id = RuleIds.HostNetworkPortMismatch;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task SeedScenario_HostPortDiffersFromContainerPort_ReportsOnceOnTheHostPort(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod() => new V1Pod
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1PodSpec
                {
                    HostNetwork = true,
                    Containers = [new V1Container { Name = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80, [|HostPort = 8080|] }] }],
                },
            };
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostNetworkOnSpecLocal_AndPortsFromConstants_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            const int Http = 80;
            const int Published = 9090;

            V1Pod Pod()
            {
                var port = Published;
                var spec = new V1PodSpec
                {
                    Containers = new List<V1Container>
                    {
                        new V1Container { Name = "web", Ports = new[] { new V1ContainerPort { ContainerPort = Http, [|HostPort = port|] } } },
                    },
                };
                spec.HostNetwork = true;
                return new V1Pod { Spec = spec };
            }
        }
        """, Id);

    [Fact]
    public Task ConstructorArguments_OfClassShape_Report() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(
                new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(80, null, [|8080|]) }) },
                hostNetwork: true);
        }
        """, Id);

    [Fact]
    public Task WithExpression_SettingHostNetwork_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, [|HostPort = 8080|] }] }] } };
                return pod with { Spec = pod.Spec with { HostNetwork = true } };
            }
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = true", "ContainerPort = 80, HostPort = 80")]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = true", "ContainerPort = 80, HostPort = 0")]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = false", "ContainerPort = 80, HostPort = 8080")]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = flag", "ContainerPort = 80, HostPort = 8080")]
    [InlineData(StandIn.KubernetesClientClasses, "HostNetwork = true", "ContainerPort = 80, HostPort = port")]
    [InlineData(StandIn.KubernetesClientClasses, "HostNetwork = true", "ContainerPort = port, HostPort = 80")]
    public Task MatchingZeroOrUnknown_DoesNotReport(StandIn standIn, string hostNetwork, string ports) => Verify.DiagnosticsAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec(bool flag, int port) => new V1PodSpec
            {
                {{hostNetwork}},
                Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { {{ports}} }] }],
            };
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task InitContainerPort_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec
            {
                HostNetwork = true,
                InitContainers = [new V1Container { Name = "init", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 8080 }] }],
                Containers = [new V1Container { Name = "web" }],
            };
        }
        """, Id);

    [Fact]
    public Task PortInLambda_WithoutTheSpecsHostNetwork_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using System.Linq;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec(int[] ports) => new V1PodSpec
            {
                HostNetwork = true,
                Containers = [new V1Container { Name = "web", Ports = ports.Select(p => new V1ContainerPort { ContainerPort = p, HostPort = p + 1 }).ToList() }],
            };
        }
        """, Id);

    [Fact]
    public Task SetHostPortToContainerPort_SeedScenario() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            const int MetricsPort = 9100;

            V1PodSpec Spec() => new V1PodSpec
            {
                HostNetwork = true,
                DnsPolicy = "ClusterFirstWithHostNet",
                Containers =
                [
                    new V1Container { Name = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80, [|HostPort = 8080|] }] },
                    new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = MetricsPort, [|HostPort = 19100|] }] },
                ],
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            const int MetricsPort = 9100;

            V1PodSpec Spec() => new V1PodSpec
            {
                HostNetwork = true,
                DnsPolicy = "ClusterFirstWithHostNet",
                Containers =
                [
                    new V1Container { Name = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 80 }] },
                    new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = MetricsPort, HostPort = MetricsPort }] },
                ],
            };
        }
        """, SetValueCodeFixProvider.SetHostPortToContainerPortKey, Id);

    [Fact]
    public Task SetHostPortToContainerPort_PositionalArgument() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(
                new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(80, null, [|8080|]) }) },
                hostNetwork: true);
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(
                new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(80, null, 80) }) },
                hostNetwork: true);
        }
        """, SetValueCodeFixProvider.SetHostPortToContainerPortKey, Id);

    [Fact]
    public Task RemoveHostPort_UnderHostNetwork() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec
            {
                HostNetwork = true,
                Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, [|HostPort = 8080|] }] }],
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec
            {
                HostNetwork = true,
                Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveMismatchedHostPortKey, Id);
}
