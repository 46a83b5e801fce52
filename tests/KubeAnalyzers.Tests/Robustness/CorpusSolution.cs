using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>
/// The corpus as one solution: a project per file (its own stand-in, its own options in a <c>.globalconfig</c>), as a
/// repository of small programs would be. Fix All in solution scope runs over all of them at once.
/// </summary>
public static class CorpusSolution
{
    public static Solution Create(IEnumerable<CorpusFile> files)
    {
        var solution = new AdhocWorkspace().CurrentSolution;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        foreach (var file in files)
        {
            var name = Regex.Replace(file.Name, "[^A-Za-z0-9]+", "_");
            var projectId = ProjectId.CreateNewId(name);
            var text = SourceText.From(file.Source, Encoding.UTF8);
            var hasTopLevelStatements = CSharpSyntaxTree.ParseText(text, parseOptions).GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax);
            var compilationOptions = new CSharpCompilationOptions(
                hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable);
            solution = solution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, name, name, LanguageNames.CSharp, filePath: $"/corpus/{name}/{name}.csproj", compilationOptions: compilationOptions, parseOptions: parseOptions, metadataReferences: StandIns.For(file.StandIn)))
                .AddDocument(DocumentId.CreateNewId(projectId, file.Name), System.IO.Path.GetFileName(file.Name), text, filePath: file.VirtualPath);
            if (file.EditorConfig is { } options)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From("is_global = true\n" + options), filePath: $"/corpus/{name}/.globalconfig");
            }
        }

        return solution;
    }

    /// <summary>The compiler's errors in a project, as "ID: message", comparable before and after an edit.</summary>
    public static async Task<List<string>> CompilerErrorsAsync(Project project, CancellationToken cancellationToken = default)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        return compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Id}: {d.GetMessage()}")
            .ToList();
    }

    /// <summary>The errors of <paramref name="after"/> that <paramref name="before"/> did not have, counting duplicates.</summary>
    public static List<string> NewErrors(IEnumerable<string> before, IEnumerable<string> after)
    {
        var remaining = before.ToList();
        return after.Where(error => !remaining.Remove(error)).ToList();
    }
}
