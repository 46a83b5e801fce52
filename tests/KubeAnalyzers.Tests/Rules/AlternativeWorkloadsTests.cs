using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>
/// K8S4001 and workloads the code builds as alternatives (one per environment, chosen by a switch): at most one of them
/// is deployed, so they are not a pair. Found by the robustness corpus (EnvironmentSwitch.cs).
/// </summary>
public class AlternativeWorkloadsTests
{
    private const string Id = RuleIds.HostPortConflict;

    private static string Pod(string name, int hostPort) => $$"""new V1Pod { Metadata = new() { Name = "{{name}}" }, Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = {{hostPort}} }] }] } }""";

    [Fact]
    public Task ArmsOfOneSwitchOrConditional_AreNotAPair() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, $$"""
        using System;
        using k8s.Models;

        class Environments
        {
            static V1Pod ByName(string stage) => stage switch
            {
                "dev" => {{Pod("dev", 80)}},
                "test" => {{Pod("test", 80)}},
                _ => {{Pod("prod", 80)}},
            };

            static V1Pod Either(bool production) => production ? {{Pod("a", 81)}} : {{Pod("b", 81)}};

            static V1Pod Nested(bool production, bool canary) => production ? (canary ? {{Pod("canary", 82)}} : {{Pod("stable", 82)}}) : {{Pod("dev", 82)}};
        }
        """, Id);

    [Fact]
    public Task BranchesOfOneIfOrSwitchStatement_AreNotAPair() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, $$"""
        using System.Collections.Generic;
        using k8s.Models;

        class Environments
        {
            static List<V1Pod> Pods(string stage)
            {
                var pods = new List<V1Pod>();
                if (stage == "prod")
                {
                    pods.Add({{Pod("prod", 80)}});
                }
                else if (stage == "test")
                {
                    pods.Add({{Pod("test", 80)}});
                }
                else
                {
                    pods.Add({{Pod("dev", 80)}});
                }

                switch (stage)
                {
                    case "prod":
                        pods.Add({{Pod("prod-metrics", 81)}});
                        break;
                    default:
                        pods.Add({{Pod("dev-metrics", 81)}});
                        break;
                }

                return pods;
            }
        }
        """, Id);

    [Fact]
    public Task WorkloadsInOneBranch_OrOnlyInTheCondition_OrInSequence_AreStillAPair() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using System.Collections.Generic;
        using k8s.Models;

        class Cluster
        {
            static V1Pod Web() => new V1Pod { Metadata = new() { Name = "web" }, Spec = new() { Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = 80 }] }] } };

            static List<V1Pod> Production(bool production)
            {
                var pods = new List<V1Pod> { new V1Pod { Metadata = new() { Name = "api" }, Spec = new() { Containers = [new() { Name = "api", Ports = [new() { ContainerPort = 80, {|K8S4001:HostPort = 80|} }] }] } } };
                if (production)
                {
                    pods.Add(new V1Pod { Metadata = new() { Name = "a" }, Spec = new() { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 81, HostPort = 81 }] }] } });
                    pods.Add(new V1Pod { Metadata = new() { Name = "b" }, Spec = new() { Containers = [new() { Name = "b", Ports = [new() { ContainerPort = 81, {|K8S4001:HostPort = 81|} }] }] } });
                }

                return pods;
            }
        }
        """, Id);
}
