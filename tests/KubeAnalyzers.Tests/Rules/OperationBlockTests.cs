using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>
/// Which code is read together: the analyzer reads each operation block (a member body, a field or property initializer,
/// a constructor with its initializer, the top-level statements) once, whole, from the first operation in it that builds a
/// model object, whichever kind of operation that is.
/// </summary>
public class OperationBlockTests
{
    [Fact]
    public Task FieldAndPropertyInitializers_AreBlocksOfTheirOwn() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            static readonly V1PodSpec First = new() { [|HostNetwork = true|], Containers = [new() { Name = "a" }] },
                Second = new() { [|HostNetwork = true|], Containers = [new() { Name = "b" }] };

            V1PodSpec Third { get; } = new() { [|HostNetwork = true|], Containers = [new() { Name = "c" }] };
        }
        """, RuleIds.HostNetwork);

    [Fact]
    public Task FirstOperationIsAnAssignment_TheWholeBlockIsStillRead() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1Pod Pod(V1PodSpec template)
            {
                [|template.HostNetwork = true|];
                var port = 8080;
                var spec = new V1PodSpec { Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 80, {|K8S1001:HostPort = port|} }] }] };
                return new V1Pod { Spec = spec };
            }
        }
        """, RuleIds.HostNetwork, RuleIds.HostPort);

    [Fact]
    public Task ConstructorInitializerAndBody_AreOneBlock() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Agent
        {
            readonly V1Pod _pod;

            Agent() : this(new V1PodSpec { Containers = [new() { Name = "a" }] })
            {
            }

            Agent(V1PodSpec spec)
            {
                var local = spec;
                [|local.HostNetwork = true|];
                _pod = new V1Pod { Spec = local };
            }
        }
        """, RuleIds.HostNetwork);

    [Fact]
    public Task TopLevelStatements_AreOneBlock_WithLocalsAcrossStatements() => Verify.DiagnosticsAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        var hostPort = 9100;
        var port = new V1ContainerPort { ContainerPort = 9100, [|HostPort = hostPort|] };
        var pod = new V1Pod { Spec = new() { Containers = [new() { Name = "exporter", Ports = [port] }] } };
        System.Console.WriteLine(pod.Spec.Containers.Count);
        """, RuleIds.HostPort);

    /// <summary>
    /// An editor asks for one document's diagnostics; the compiler keeps only those inside the span of the callback that
    /// reports them. Every diagnostic of a block, wherever in it, must be there, as in a whole-compilation analysis.
    /// </summary>
    [Fact]
    public async Task OneDocumentsDiagnostics_AreThoseOfTheWholeCompilation()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            using k8s.Models;

            static class Manifests
            {
                public static V1Deployment Edge()
                {
                    var spec = new V1PodSpec { Containers = [new() { Name = "proxy", Ports = [new() { ContainerPort = 8080 }] }] };
                    spec.HostNetwork = true;
                    return new V1Deployment { Spec = new() { Replicas = 3, Selector = new(), Template = new() { Spec = spec } } };
                }
            }
            """, path: "/src/Manifests.cs");
        var compilation = CSharpCompilation.Create("Test", [tree], StandIns.For(StandIn.KubernetesClientRecords), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers([new KubeWorkloadAnalyzer()]);

        var whole = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var document = await compilation.WithAnalyzers([new KubeWorkloadAnalyzer()]).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default);

        Assert.Contains(whole, d => d.Id == RuleIds.HostNetwork);
        Assert.Equal(Describe(whole), Describe(document));
    }

    private static string[] Describe(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.Id.StartsWith("K8S", System.StringComparison.Ordinal) && d.Id != RuleIds.HostPortConflict)
            .Select(d => $"{d.Id} {d.Location.SourceSpan}").Order(System.StringComparer.Ordinal)];
}
