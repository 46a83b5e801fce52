using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S2003: hostNetwork with dnsPolicy absent or ClusterFirst.</summary>
public class HostNetworkDnsPolicyRuleTests
{
    private const string Id = RuleIds.HostNetworkDnsPolicy;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task SeedScenario_NginxDeploymentOnHostNetwork_ReportsK8S2001AndK8S2003(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1Deployment Nginx() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "nginx" },
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "nginx" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "nginx" } },
                        Spec = new V1PodSpec
                        {
                            {|K8S2001:{|K8S2003:HostNetwork = true|}|},
                            Containers = [new V1Container { Name = "nginx", Image = "nginx", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                        },
                    },
                },
            };
        }
        """, Id, RuleIds.HostNetwork);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ExplicitClusterFirst_FromConstant_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        static class DnsPolicies
        {
            public const string ClusterFirst = "ClusterFirst";
        }

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec { [|HostNetwork = true|], DnsPolicy = DnsPolicies.ClusterFirst, Containers = [] };
        }
        """, Id);

    [Fact]
    public Task ConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), [|hostNetwork: true|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task LaterAssignmentOfClusterFirstWithHostNet_Silences(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new V1PodSpec { HostNetwork = true, Containers = [] } };
                pod.Spec.DnsPolicy = "ClusterFirstWithHostNet";
                return pod;
            }
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "ClusterFirstWithHostNet")]
    [InlineData(StandIn.KubernetesClientRecords, "Default")]
    [InlineData(StandIn.KubernetesClientClasses, "None")]
    public Task OtherDnsPolicies_DoNotReport(StandIn standIn, string policy) => Verify.DiagnosticsAsync(standIn, $$"""
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec { HostNetwork = true, DnsPolicy = "{{policy}}", Containers = [] };
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task UnknownDnsPolicyOrHostNetwork_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec A(string policy) => new V1PodSpec { HostNetwork = true, DnsPolicy = policy, Containers = [] };
            V1PodSpec B(bool hostNetwork) => new V1PodSpec { HostNetwork = hostNetwork, Containers = [] };
        }
        """, Id);

    [Fact]
    public async Task Message_SaysWhetherThePolicyIsUnsetOrClusterFirst()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;

            class Manifests
            {
                V1Pod A() => new() { Metadata = new() { Name = "agent" }, Spec = new() { HostNetwork = true, Containers = [] } };
                V1PodSpec B() => new() { HostNetwork = true, DnsPolicy = "ClusterFirst", Containers = [] };
            }
            """);

        Assert.Equal(
            [
                "Pod 'agent' uses hostNetwork with dnsPolicy unset (ClusterFirst): the kubelet gives it the node's resolv.conf and cluster Service names stop resolving; set dnsPolicy to \"ClusterFirstWithHostNet\"",
                "the pod uses hostNetwork with dnsPolicy \"ClusterFirst\": the kubelet gives it the node's resolv.conf and cluster Service names stop resolving; set dnsPolicy to \"ClusterFirstWithHostNet\"",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task SetClusterFirstWithHostNet_AddsMemberInEveryLayout() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec OneLine() => new() { [|HostNetwork = true|], Containers = [] };

            V1PodSpec Last() => new() { Containers = [], [|HostNetwork = true|] };

            V1PodSpec MultiLine() => new()
            {
                [|HostNetwork = true|],
                Containers = [],
            };

            V1PodSpec MultiLineLast() => new()
            {
                Containers = [],
                [|HostNetwork = true|]
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec OneLine() => new() { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = [] };

            V1PodSpec Last() => new() { Containers = [], HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet" };

            V1PodSpec MultiLine() => new()
            {
                HostNetwork = true,
                DnsPolicy = "ClusterFirstWithHostNet",
                Containers = [],
            };

            V1PodSpec MultiLineLast() => new()
            {
                Containers = [],
                HostNetwork = true,
                DnsPolicy = "ClusterFirstWithHostNet"
            };
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, Id);

    [Fact]
    public Task SetClusterFirstWithHostNet_ReplacesClusterFirstAndNull() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec A() => new() { [|HostNetwork = true|], DnsPolicy = "ClusterFirst", Containers = [] };
            V1PodSpec B() => new() { DnsPolicy = null, [|HostNetwork = true|], Containers = [] };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec A() => new() { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = [] };
            V1PodSpec B() => new() { DnsPolicy = "ClusterFirstWithHostNet", HostNetwork = true, Containers = [] };
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, Id);

    [Fact]
    public Task SetClusterFirstWithHostNet_ConstructorArgumentAndStatement() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), [|hostNetwork: true|]);

            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new V1PodSpec { Containers = new List<V1Container>() } };
                [|pod.Spec.HostNetwork = true|];
                return pod;
            }
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet");

            V1Pod Pod()
            {
                var pod = new V1Pod { Spec = new V1PodSpec { Containers = new List<V1Container>() } };
                pod.Spec.HostNetwork = true;
                pod.Spec.DnsPolicy = "ClusterFirstWithHostNet";
                return pod;
            }
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, Id);
}
