using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>
/// One analyzer (and optionally code fix) test, in the manner of Microsoft.CodeAnalysis.Testing:
/// sources with markup for the expected diagnostics, compiled against a stand-in; the fixed sources
/// expected after the fix is applied one diagnostic at a time and through Fix All in every scope.
/// </summary>
public sealed class KubeTest
{
    public KubeTest(StandIn standIn, params string[] rules)
    {
        StandIn = standIn;
        Rules = rules.ToHashSet(StringComparer.Ordinal);
    }

    public StandIn StandIn { get; }

    /// <summary>The diagnostic IDs this test checks; others are ignored. Markup IDs are added to them.</summary>
    public ISet<string> Rules { get; }

    /// <summary>The ID that <c>[|...|]</c> stands for; the first rule when not set.</summary>
    public string? DefaultId { get; init; }

    /// <summary>Source files with markup; the first is Test0.cs, the next Test1.cs, ...</summary>
    public List<string> Sources { get; } = [];

    public string TestCode { init => Sources.Add(value); }

    /// <summary>The sources after the fix; markup in them states the diagnostics left after it.</summary>
    public List<string> FixedSources { get; } = [];

    public string FixedCode { init => FixedSources.Add(value); }

    /// <summary>The equivalence key of the fix to apply.</summary>
    public string? FixEquivalenceKey { get; init; }

    /// <summary>Scopes to run Fix All in; all three by default.</summary>
    public FixAllScope[] FixAllScopes { get; init; } = [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    /// <summary>Contents of an <c>.editorconfig</c> beside the sources (<c>[*.cs]</c> is added when it has no section).</summary>
    public string? EditorConfig { get; init; }

    /// <summary>Contents of a <c>.globalconfig</c> (<c>is_global = true</c> is added).</summary>
    public string? GlobalConfig { get; init; }

    /// <summary>Lets the test program have compiler errors (half-typed code).</summary>
    public bool AllowCompilerErrors { get; init; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var defaultId = DefaultId ?? Rules.FirstOrDefault();
        var (solution, expected) = CreateSolution(Sources, defaultId);
        var project = solution.Projects.Single();
        var checkedIds = Rules.Concat(expected.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);

        var originalErrors = await CompilerErrorsAsync(project, cancellationToken);
        if (!AllowCompilerErrors && originalErrors.Count > 0)
        {
            throw new XunitException("The test program does not compile:\n" + string.Join("\n", originalErrors.Select(e => e.Display)));
        }

        var actual = await Analysis.GetDiagnosticsAsync(project, cancellationToken);
        AssertDiagnostics(expected, actual.Where(d => checkedIds.Contains(d.Id)).ToList(), project, "the test program");

        if (FixedSources.Count == 0)
        {
            return;
        }

        if (FixEquivalenceKey is null)
        {
            throw new InvalidOperationException("A test with fixed sources needs FixEquivalenceKey.");
        }

        var (_, expectedAfterFix) = CreateSolution(FixedSources, defaultId);
        var fixedTexts = FixedSources.Select((s, i) => Markup.Parse(s, FilePath(i), defaultId).Source).ToList();

        var oneByOne = await FixOneByOneAsync(solution, checkedIds, cancellationToken);
        await AssertFixedAsync(oneByOne, fixedTexts, expectedAfterFix, checkedIds, originalErrors, "applying the fix to each diagnostic in turn", cancellationToken);

        foreach (var scope in FixAllScopes)
        {
            var fixedAll = await FixAllAsync(solution, scope, checkedIds, cancellationToken);
            await AssertFixedAsync(fixedAll, fixedTexts, expectedAfterFix, checkedIds, originalErrors, $"Fix All in {scope} scope", cancellationToken);
        }
    }

    private static string FilePath(int index) => $"/0/Test{index}.cs";

    private (Solution Solution, List<ExpectedDiagnostic> Expected) CreateSolution(IReadOnlyList<string> sources, string? defaultId)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var expected = new List<ExpectedDiagnostic>();
        var texts = new List<(string Path, string Text)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var (text, spans) = Markup.Parse(sources[i], FilePath(i), defaultId);
            texts.Add((FilePath(i), text));
            expected.AddRange(spans);
        }

        var hasTopLevelStatements = texts.Any(t => CSharpSyntaxTree.ParseText(t.Text, parseOptions).GetCompilationUnitRoot().Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax));
        var compilationOptions = new CSharpCompilationOptions(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp, filePath: "/0/TestProject.csproj", compilationOptions: compilationOptions, parseOptions: parseOptions, metadataReferences: StandIns.For(StandIn)));
        foreach (var (path, text) in texts)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), System.IO.Path.GetFileName(path), SourceText.From(text, Encoding.UTF8), filePath: path);
        }

        if (EditorConfig is { } editorConfig)
        {
            var content = editorConfig.TrimStart().StartsWith('[') ? editorConfig : "root = true\n\n[*.cs]\n" + editorConfig;
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(content), filePath: "/0/.editorconfig");
        }

        if (GlobalConfig is { } globalConfig)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From("is_global = true\n" + globalConfig), filePath: "/0/.globalconfig");
        }

        return (solution, expected);
    }

    /// <summary>The compiler's errors, as "ID: message" (comparable before and after a fix) and with their place (to show).</summary>
    private static async Task<List<(string Key, string Display)>> CompilerErrorsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        return compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => ($"{d.Id}: {d.GetMessage()}", $"{d.Id} {Describe(d.Location)}: {d.GetMessage()}"))
            .ToList();
    }

    private static void AssertDiagnostics(List<ExpectedDiagnostic> expected, List<Diagnostic> actual, Project project, string what)
    {
        var actualKeys = actual.Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceTree?.FilePath ?? "", d.Location.SourceSpan)).ToList();
        var missing = Except(expected, actualKeys);
        var unexpected = Except(actualKeys, expected);
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return;
        }

        var message = new StringBuilder($"The diagnostics of {what} differ from the markup.\n");
        foreach (var m in missing)
        {
            message.Append("  missing:    ").Append(Describe(m, project)).Append('\n');
        }

        foreach (var u in unexpected)
        {
            var diagnostic = actual.First(d => d.Id == u.Id && d.Location.SourceSpan == u.Span);
            message.Append("  unexpected: ").Append(Describe(u, project)).Append("  \"").Append(diagnostic.GetMessage()).Append("\"\n");
        }

        message.Append("Actual, as markup:\n");
        foreach (var group in actual.GroupBy(d => d.Location.SourceTree!.FilePath))
        {
            var text = project.Documents.Single(d => d.FilePath == group.Key).GetTextAsync().Result.ToString();
            message.Append("// ").Append(group.Key).Append('\n').Append(ToMarkup(text, group)).Append('\n');
        }

        throw new XunitException(message.ToString());
    }

    private static List<ExpectedDiagnostic> Except(List<ExpectedDiagnostic> left, List<ExpectedDiagnostic> right)
    {
        var remaining = right.ToList();
        var result = new List<ExpectedDiagnostic>();
        foreach (var item in left)
        {
            if (!remaining.Remove(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static string Describe(ExpectedDiagnostic d, Project project)
    {
        var document = project.Documents.Single(doc => doc.FilePath == d.FilePath);
        var text = document.GetTextAsync().Result;
        var line = text.Lines.GetLinePosition(d.Span.Start);
        return $"{d.Id} at {d.FilePath}({line.Line + 1},{line.Character + 1}) on '{text.ToString(d.Span)}'";
    }

    private static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    private static string ToMarkup(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var inserts = new List<(int Position, int Order, string Text)>();
        foreach (var d in diagnostics)
        {
            inserts.Add((d.Location.SourceSpan.Start, 1, "{|" + d.Id + ":"));
            inserts.Add((d.Location.SourceSpan.End, 0, "|}"));
        }

        var builder = new StringBuilder(text);
        foreach (var (position, _, insert) in inserts.OrderByDescending(i => i.Position).ThenBy(i => i.Order))
        {
            builder.Insert(position, insert);
        }

        return builder.ToString();
    }

    private async Task<Solution> FixOneByOneAsync(Solution solution, ISet<string> ids, CancellationToken cancellationToken)
    {
        const int MaxIterations = 100;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var project = solution.Projects.Single();
            var diagnostics = (await Analysis.GetDiagnosticsAsync(project, cancellationToken)).Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start);
            CodeAction? action = null;
            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                action = await Analysis.FindFixAsync(document, diagnostic, FixEquivalenceKey!, cancellationToken);
                if (action is not null)
                {
                    break;
                }
            }

            if (action is null)
            {
                return solution;
            }

            solution = await ApplyAsync(action, cancellationToken);
        }

        throw new XunitException($"The fix was still offered after {MaxIterations} applications.");
    }

    private async Task<Solution> FixAllAsync(Solution solution, FixAllScope scope, ISet<string> ids, CancellationToken cancellationToken)
    {
        // Fix All starts from a diagnostic the fix is offered for, as the IDE and dotnet format do.
        var documentIds = scope == FixAllScope.Document ? solution.Projects.Single().DocumentIds.ToList() : [solution.Projects.Single().DocumentIds[0]];
        foreach (var documentId in documentIds)
        {
            var project = solution.Projects.Single();
            var diagnostics = (await Analysis.GetDiagnosticsAsync(project, cancellationToken)).Where(d => ids.Contains(d.Id)).ToList();
            CodeFixProvider? provider = null;
            foreach (var diagnostic in diagnostics)
            {
                provider = await Analysis.FindFixProviderAsync(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, FixEquivalenceKey!, cancellationToken);
                if (provider is not null)
                {
                    break;
                }
            }

            if (provider is null)
            {
                return solution;
            }

            var document = solution.GetDocument(documentId)!;
            var fixAll = provider.GetFixAllProvider()!;
            var fixableIds = provider.FixableDiagnosticIds.Where(ids.Contains).ToImmutableHashSet();
            var context = scope == FixAllScope.Project
                ? new FixAllContext(project, provider, scope, FixEquivalenceKey, fixableIds, new AnalysisDiagnosticProvider(), cancellationToken)
                : new FixAllContext(document, provider, scope, FixEquivalenceKey, fixableIds, new AnalysisDiagnosticProvider(), cancellationToken);
            var action = await fixAll.GetFixAsync(context);
            if (action is not null)
            {
                solution = await ApplyAsync(action, cancellationToken);
            }
        }

        return solution;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var apply = operations.OfType<ApplyChangesOperation>().ToList();
        if (apply.Count != 1 || operations.Length != 1)
        {
            throw new XunitException($"The code action '{action.Title}' must produce exactly one ApplyChangesOperation.");
        }

        return apply[0].ChangedSolution;
    }

    private async Task AssertFixedAsync(Solution solution, List<string> fixedTexts, List<ExpectedDiagnostic> expectedAfterFix, ISet<string> ids, List<(string Key, string Display)> originalErrors, string how, CancellationToken cancellationToken)
    {
        var project = solution.Projects.Single();
        var documents = project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < fixedTexts.Count; i++)
        {
            var actualText = (await documents[i].GetTextAsync(cancellationToken)).ToString();
            if (actualText != fixedTexts[i])
            {
                throw new XunitException($"After {how}, {documents[i].FilePath} differs from the fixed code.\n{TextDiff.Describe(fixedTexts[i], actualText)}");
            }
        }

        var errors = await CompilerErrorsAsync(project, cancellationToken);
        var remaining = originalErrors.Select(e => e.Key).ToList();
        var newErrors = errors.Where(e => !remaining.Remove(e.Key)).ToList();
        if (newErrors.Count > 0)
        {
            throw new XunitException($"After {how}, the code has new compiler errors:\n" + string.Join("\n", newErrors.Select(e => e.Display)));
        }

        var actual = (await Analysis.GetDiagnosticsAsync(project, cancellationToken)).Where(d => ids.Contains(d.Id)).ToList();
        AssertDiagnostics(expectedAfterFix, actual, project, "the fixed code (" + how + ")");
    }

    private sealed class AnalysisDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await Analysis.GetDiagnosticsAsync(project, cancellationToken);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await Analysis.GetDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => (await Analysis.GetDiagnosticsAsync(project, cancellationToken)).Where(d => !d.Location.IsInSource);
    }
}
