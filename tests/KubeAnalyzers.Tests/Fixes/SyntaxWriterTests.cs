using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Fixes;

/// <summary>The syntax writer's edits when one fix, or one Fix All, makes several of them in the same object.</summary>
public class SyntaxWriterTests
{
    [Fact]
    public Task RemoveMember_SeveralMembersOfOneInitializer_RemovesEachOfThem() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.PodSecurity)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    [|HostPID = true|],
                    [|HostIPC = true|],
                    DnsPolicy = "ClusterFirstWithHostNet",
                    [|HostNetwork = true|],
                    Containers = [],
                };
            }
            """,
        FixedCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers = [],
                };
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = baseline",
    }.RunAsync();

    [Fact]
    public Task RemoveMember_SeveralPositionalArgumentsOfOneCall_RemovesEachAndNamesTheRest() => new KubeTest(StandIn.KubernetesClientClasses, RuleIds.PodSecurity)
    {
        TestCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), null, null, null, null, "Default", null, null, null, [|true|], [|true|], [|true|], false);
            }
            """,
        FixedCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), null, null, null, null, "Default", null, null, null, hostUsers: false);
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = baseline",
    }.RunAsync();
}
