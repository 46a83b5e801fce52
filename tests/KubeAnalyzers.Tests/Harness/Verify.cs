using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>Shorthands for the common test shapes.</summary>
public static class Verify
{
    /// <summary>Checks the diagnostics of <paramref name="rules"/> (and of any ID in the markup) against the markup.</summary>
    public static Task DiagnosticsAsync(StandIn standIn, string markup, params string[] rules)
        => new KubeTest(standIn, rules) { TestCode = markup }.RunAsync();

    /// <summary>Checks the markup, then that the fix gives <paramref name="fixedCode"/> one by one and through Fix All, and that it compiles.</summary>
    public static Task FixAsync(StandIn standIn, string markup, string fixedCode, string equivalenceKey, params string[] rules)
        => new KubeTest(standIn, rules) { TestCode = markup, FixedCode = fixedCode, FixEquivalenceKey = equivalenceKey }.RunAsync();

    /// <summary>The diagnostics of a program without markup, to check messages and properties.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(StandIn standIn, string source, string? editorConfig = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "P", "P", LanguageNames.CSharp, compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary), parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), metadataReferences: StandIns.For(standIn)))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", source, filePath: "/0/Test0.cs");
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", Microsoft.CodeAnalysis.Text.SourceText.From("root = true\n[*.cs]\n" + editorConfig), filePath: "/0/.editorconfig");
        }

        return await Analysis.GetDiagnosticsAsync(solution.GetProject(projectId)!);
    }
}
