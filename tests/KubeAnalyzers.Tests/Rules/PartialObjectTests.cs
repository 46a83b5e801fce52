using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>
/// Objects the analyzer sees only in part (a parameter, a field, a deserialized object, a <c>with</c> copy of one): what
/// the code sets is reported, but what it does not set may be set elsewhere, so no rule takes Kubernetes' default for it.
/// Found by the robustness corpus (BuilderPattern.cs, ExtensionMethods.cs, YamlRoundTrip.cs).
/// </summary>
public class PartialObjectTests
{
    private static readonly string[] AllRules = Descriptors.All.Select(d => d.Id).ToArray();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostNetworkOnAParametersOrFieldsSpec_ReportsK8S2001ButNotAnUnsetDnsPolicy(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System;
        using System.Collections.Generic;
        using k8s;
        using k8s.Models;

        class Builder
        {
            private readonly V1PodSpec _spec = new V1PodSpec { Containers = new List<V1Container>() };

            Builder OnHost()
            {
                {|K8S2001:_spec.HostNetwork = true|};
                return this;
            }

            static V1PodSpec OnHost(V1PodSpec spec)
            {
                {|K8S2001:spec.HostNetwork = true|};
                return spec;
            }

            static Action<V1Deployment> Patch = deployment => {|K8S2001:deployment.Spec.Template.Spec.HostNetwork = true|};

            static V1Pod Loaded(string yaml)
            {
                var pod = KubernetesYaml.Deserialize<V1Pod>(yaml);
                {|K8S2001:pod.Spec.HostNetwork = true|};
                return pod;
            }
        }
        """, AllRules);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ValuesSetOnAPartialObject_AreStillReported(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Patches
        {
            static void ClusterFirst(V1PodSpec spec)
            {
                {|K8S2001:{|K8S2003:spec.HostNetwork = true|}|};
                spec.DnsPolicy = "ClusterFirst";
            }

            static void Port(V1ContainerPort port)
            {
                {|K8S1001:port.HostPort = 8080|};
                {|K8S1005:port.Protocol = "tcp"|};
            }

            static void IPWithZeroPort(V1ContainerPort port)
            {
                port.HostPort = 0;
                {|K8S1004:port.HostIP = "10.0.0.1"|};
            }
        }
        """, AllRules);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostIPOnAParametersPort_DoesNotSayTheHostPortIsUnset(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        static class PortExtensions
        {
            public static V1ContainerPort Bind(this V1ContainerPort port, string address)
            {
                port.HostIP = address;
                return port;
            }

            public static void BindFirst(IList<V1Container> containers) => containers[0].Ports[0].HostIP = "127.0.0.1";
        }
        """, AllRules);

    [Fact]
    public Task ReplicasAndStrategyOfAParametersSpec_AreNotTakenAsTheirDefaults() => new KubeTest(StandIn.KubernetesClientRecords, AllRules)
    {
        TestCode = """
            using k8s.Models;

            class Patches
            {
                static void HostPorts(V1Deployment deployment)
                {
                    deployment.Spec.Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = 80|} }] }] } };
                    deployment.Spec.MinReadySeconds = 10;
                }

                static V1Deployment Created() => new V1Deployment
                {
                    Spec = {|K8S3005:new V1DeploymentSpec { Selector = new(), Template = new() }|},
                };
            }
            """,
        EditorConfig = "dotnet_diagnostic.K8S3005.severity = warning",
    }.RunAsync();

    [Fact]
    public Task WithCopyOfAnUnseenSpec_DoesNotTakeItsDnsPolicyAsUnset() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Variants
        {
            static V1PodSpec OnHost(V1PodSpec template) => template with { {|K8S2001:HostNetwork = true|} };

            static V1PodSpec Created() => new V1PodSpec { Containers = [] } with { {|K8S2001:{|K8S2003:HostNetwork = true|}|} };
        }
        """, AllRules);
}
