using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KubeAnalyzers.Tests.CodeFixes;

/// <summary>
/// How Fix All chooses the fix when asked the way <c>dotnet format analyzers</c> asks: for one rule, with
/// the equivalence key of whichever diagnostic it met first (another rule's) or with none; and the way the
/// IDE asks: with the key of the fix the user picked, which must not spill over to other rules.
/// </summary>
public class FixAllRequestTests
{
    private const string Source = """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports() =>
            [
                new V1ContainerPort { ContainerPort = 80, HostPort = 8080 },
                new V1ContainerPort { ContainerPort = 9090, HostIP = "10.0.0.1" },
            ];
        }
        """;

    [Fact]
    public async Task NoKey_ForOneRule_AppliesThatRulesFirstFix()
        => Assert.Equal(
            Source.Replace(", HostIP = \"10.0.0.1\"", ""),
            await FixAllAsync(equivalenceKey: null, RuleIds.HostIPWithoutHostPort));

    [Fact]
    public async Task AnotherRulesKey_ForOneRule_AppliesThatRulesFirstFix()
        => Assert.Equal(
            Source.Replace(", HostIP = \"10.0.0.1\"", ""),
            await FixAllAsync(RemoveMemberCodeFixProvider.RemoveHostPortKey, RuleIds.HostIPWithoutHostPort));

    [Fact]
    public async Task OneRulesKey_ForSeveralRules_AppliesOnlyThatFix()
        => Assert.Equal(
            Source.Replace(", HostPort = 8080", ""),
            await FixAllAsync(RemoveMemberCodeFixProvider.RemoveHostPortKey, RuleIds.HostPort, RuleIds.HostIPWithoutHostPort));

    private static async Task<string> FixAllAsync(string? equivalenceKey, params string[] diagnosticIds)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "P", "P", LanguageNames.CSharp, compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), parseOptions: new CSharpParseOptions(LanguageVersion.Latest), metadataReferences: StandIns.For(StandIn.KubernetesClientRecords)))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", Source, filePath: "/0/Test0.cs");
        var document = solution.Projects.Single().Documents.Single();
        var provider = Analysis.CodeFixProviders.OfType<RemoveMemberCodeFixProvider>().Single();

        var context = new FixAllContext(document, provider, FixAllScope.Solution, equivalenceKey, diagnosticIds, new AnalyzerDiagnostics(), CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);

        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class AnalyzerDiagnostics : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await Analysis.GetDiagnosticsAsync(project, cancellationToken);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => (await Analysis.GetDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree?.FilePath == document.FilePath);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
