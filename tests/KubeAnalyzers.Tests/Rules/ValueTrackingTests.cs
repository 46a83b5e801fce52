using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>How values and objects are followed through the ways real code is written, checked against every rule.</summary>
public class ValueTrackingTests
{
    private static readonly string[] AllRules = Descriptors.All.Select(d => d.Id).ToArray();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ToListOfArray_AndArrayOfLocals_KeepTheirItems(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Linq;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec()
            {
                var http = new V1ContainerPort { ContainerPort = 80, {|K8S1001:{|K8S2002:HostPort = 8080|}|} };
                var admin = new V1ContainerPort { ContainerPort = 81, {|K8S1001:{|K8S1003:{|K8S2002:HostPort = 8080|}|}|} };
                var web = new V1Container { Name = "web", Ports = new[] { http, admin }.ToList() };
                return new V1PodSpec
                {
                    {|K8S2001:{|K8S2003:HostNetwork = true|}|},
                    Containers = new[] { web }.ToList(),
                };
            }
        }
        """, AllRules);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task CodeThatOnlyReadsTheModels_ReportsNothing(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Linq;
        using k8s.Models;

        class Audit
        {
            bool ClaimsHostPorts(V1Deployment deployment)
            {
                var spec = deployment.Spec.Template.Spec;
                if (spec.HostNetwork == true || spec.HostPID == true)
                {
                    return true;
                }

                var ports = spec.Containers.SelectMany(c => c.Ports ?? []).ToList();
                return ports.Any(p => p.HostPort is > 0 && p.HostPort != p.ContainerPort && p.Protocol == "tcp" && p.HostIP != null)
                    || deployment.Spec.Replicas > 3
                    || spec.DnsPolicy == "ClusterFirst";
            }
        }
        """, AllRules);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task SpreadOfAKnownArray_AndLocalReassigned_AreFollowedOrLeftUnknown(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec(bool tls)
            {
                V1ContainerPort[] common = [new V1ContainerPort { ContainerPort = 80, {|K8S1001:HostPort = 80|} }];
                var port = 443;
                if (tls)
                {
                    port = 8443;
                }

                return new V1PodSpec
                {
                    {|K8S2001:HostNetwork = true|},
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers = [new V1Container { Name = "web", Ports = [.. common, new V1ContainerPort { ContainerPort = 443, {|K8S1001:HostPort = port|} }] }],
                };
            }
        }
        """, AllRules);
}
