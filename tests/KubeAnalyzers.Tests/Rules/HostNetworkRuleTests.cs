using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S2001: hostNetwork shares the node's network namespace.</summary>
public class HostNetworkRuleTests
{
    private const string Id = RuleIds.HostNetwork;

    [Fact]
    public Task HostNetworkInRecordPod_WithCollectionExpressions_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod() => new V1Pod { Spec = new() { [|HostNetwork = true|], Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = 8080|} }] }] } };
        }
        """, Id, RuleIds.HostPort);

    [Fact]
    public Task HostNetworkAsConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container> { new V1Container("agent") }, [|hostNetwork: true|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostNetworkAssignedLater_ThroughLocals_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod()
            {
                var spec = new V1PodSpec { Containers = [new V1Container { Name = "agent" }] };
                [|spec.HostNetwork = true|];
                var pod = new V1Pod { Spec = spec };
                return pod;
            }
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostNetworkFromConstant_InDaemonSet_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class NodeAgent
        {
            const bool UseHostNetwork = true;

            V1DaemonSet DaemonSet() => new V1DaemonSet
            {
                Metadata = new V1ObjectMeta { Name = "node-exporter" },
                Spec = new V1DaemonSetSpec
                {
                    Selector = new V1LabelSelector(),
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            [|HostNetwork = UseHostNetwork|],
                            Containers = [new V1Container { Name = "node-exporter" }],
                        },
                    },
                },
            };
        }
        """, Id);

    [Fact]
    public Task HostNetworkSetByWithExpression_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod(V1Pod pod) => pod with { Spec = pod.Spec with { [|HostNetwork = true|] } };
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = false")]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = flag")]
    [InlineData(StandIn.KubernetesClientRecords, "HostNetwork = null")]
    [InlineData(StandIn.KubernetesClientClasses, "HostNetwork = false")]
    [InlineData(StandIn.KubernetesClientClasses, "HostNetwork = flag")]
    public Task HostNetworkFalseOrUnknown_DoesNotReport(StandIn standIn, string hostNetwork) => Verify.DiagnosticsAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec(bool flag) => new V1PodSpec { {{hostNetwork}}, Containers = [new V1Container { Name = "a" }] };
        }
        """, Id);

    [Fact]
    public Task HostNetworkFalseAsConstructorArgument_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostNetwork: false);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task CodeThatOnlyReadsHostNetwork_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Checks
        {
            bool UsesHostNetwork(V1Pod pod)
            {
                if (pod.Spec.HostNetwork == true)
                {
                    return true;
                }

                return pod.Spec.HostNetwork ?? false;
            }
        }
        """, Id);

    [Fact]
    public Task ProgramWithoutTheClient_DoesNotReport() => Verify.DiagnosticsAsync(StandIn.None, """
        class PodSpec
        {
            public bool? HostNetwork { get; set; }

            static PodSpec Create() => new PodSpec { HostNetwork = true };
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheWorkload()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;

            class Manifests
            {
                V1Deployment Web() => new()
                {
                    Metadata = new() { Name = "web" },
                    Spec = new() { Selector = new(), Template = new() { Spec = new() { HostNetwork = true, Containers = [] } } },
                };

                V1PodSpec Spec() => new() { HostNetwork = true, Containers = [] };
            }
            """);

        Assert.Equal(
            [
                "Deployment 'web' uses hostNetwork: every port its containers open is opened on the node, where it collides with the node's own services and other pods' ports; Pod Security \"baseline\" rejects it",
                "the pod uses hostNetwork: every port its containers open is opened on the node, where it collides with the node's own services and other pods' ports; Pod Security \"baseline\" rejects it",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostNetwork_FromInitializer() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec
            {
                // Node agents read the node's interfaces.
                [|HostNetwork = true|],
                Containers = [new V1Container { Name = "agent" }],
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec
            {
                Containers = [new V1Container { Name = "agent" }],
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, Id);

    [Fact]
    public Task RemoveHostNetwork_ConstructorArgument() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container> { new V1Container("agent") }, [|hostNetwork: true|], hostPID: false);
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container> { new V1Container("agent") }, hostPID: false);
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, Id);

    [Fact]
    public Task RemoveHostNetwork_AssignmentStatementAndWithMember_FixAll() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new() { Containers = [] } };
                [|pod.Spec.HostNetwork = true|];
                return pod;
            }

            V1Pod Copy(V1Pod pod) => pod with { Spec = pod.Spec with { [|HostNetwork = true|] } };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new() { Containers = [] } };
                return pod;
            }

            V1Pod Copy(V1Pod pod) => pod with { Spec = pod.Spec with { } };
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, Id);
}
