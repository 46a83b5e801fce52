using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Fixes;

/// <summary>
/// Fixes on members written the ways the robustness corpus writes them (EmbeddedStatements.cs, RollingUpdateIntOrString.cs):
/// the only statement of an if without braces, a top-level statement, an expression body, an object passed as a
/// positional constructor argument.
/// </summary>
public class StatementAndArgumentFixTests
{
    [Fact]
    public Task RemoveHostNetwork_OnlyStatementOfAnIf_LeavesAnEmptyBlock_AndIsNotOfferedForAnExpressionBody() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            static V1PodSpec Debug(bool debug)
            {
                var spec = new V1PodSpec { Containers = [], DnsPolicy = "ClusterFirstWithHostNet" };
                if (debug)
                    [|spec.HostNetwork = true|];
                return spec;
            }

            static void OnHost(V1PodSpec spec) => [|spec.HostNetwork = true|];
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            static V1PodSpec Debug(bool debug)
            {
                var spec = new V1PodSpec { Containers = [], DnsPolicy = "ClusterFirstWithHostNet" };
                if (debug)
                {
                }
                return spec;
            }

            static void OnHost(V1PodSpec spec) => [|spec.HostNetwork = true|];
        }
        """, RemoveMemberCodeFixProvider.RemoveHostNetworkKey, RuleIds.HostNetwork);

    [Fact]
    public Task RemoveHostPort_TopLevelStatement_RemovesTheStatement() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using System;
        using k8s.Models;

        var port = new V1ContainerPort { ContainerPort = 8080 };
        [|port.HostPort = 8080|];
        Console.WriteLine(port.ContainerPort);
        """, """
        using System;
        using k8s.Models;

        var port = new V1ContainerPort { ContainerPort = 8080 };
        Console.WriteLine(port.ContainerPort);
        """, RemoveMemberCodeFixProvider.RemoveHostPortKey, RuleIds.HostPort);

    [Fact]
    public Task SetClusterFirstWithHostNet_OnlyStatementOfAnIf_PutsBothInABlock() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using System;
        using k8s.Models;

        class Manifests
        {
            static V1PodSpec Debug(bool debug)
            {
                var spec = new V1PodSpec { Containers = [] };
                if (debug)
                    [|spec.HostNetwork = true|];
                return spec;
            }

            static V1PodSpec Lambda()
            {
                var spec = new V1PodSpec { Containers = [] };
                Action enable = () => [|spec.HostNetwork = true|];
                enable();
                return spec;
            }
        }
        """, """
        using System;
        using k8s.Models;

        class Manifests
        {
            static V1PodSpec Debug(bool debug)
            {
                var spec = new V1PodSpec { Containers = [] };
                if (debug)
                {
                    spec.HostNetwork = true;
                    spec.DnsPolicy = "ClusterFirstWithHostNet";
                }
                return spec;
            }

            static V1PodSpec Lambda()
            {
                var spec = new V1PodSpec { Containers = [] };
                Action enable = () => [|spec.HostNetwork = true|];
                enable();
                return spec;
            }
        }
        """, SetValueCodeFixProvider.SetClusterFirstWithHostNetKey, RuleIds.HostNetworkDnsPolicy);

    [Fact]
    public Task SetMaxSurgeToZero_RollingUpdatePassedPositionally() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            static V1DeploymentSpec Spec() => new V1DeploymentSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 8080) }) })),
                replicas: 1,
                strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment([|maxSurge: 1|], maxUnavailable: 0)));
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            static V1DeploymentSpec Spec() => new V1DeploymentSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 8080) }) })),
                replicas: 1,
                strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment(maxSurge: 0, maxUnavailable: 1)));
        }
        """, RolloutCodeFixProvider.SetMaxSurgeToZeroKey, RuleIds.SurgeOnHostPorts);

    [Fact]
    public Task UseRecreate_RollingUpdatePassedPositionally_IsRemoved() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            static V1DeploymentSpec Spec() => new V1DeploymentSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 8080) }) })),
                replicas: 1,
                strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment([|maxSurge: 1|], maxUnavailable: 0)));
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            static V1DeploymentSpec Spec() => new V1DeploymentSpec(
                new V1LabelSelector(),
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, hostPort: 8080) }) })),
                replicas: 1,
                strategy: new V1DeploymentStrategy(type: "Recreate"));
        }
        """, RolloutCodeFixProvider.UseRecreateKey, RuleIds.SurgeOnHostPorts);
}
