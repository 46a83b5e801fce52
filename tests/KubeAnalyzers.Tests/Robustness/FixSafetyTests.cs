using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>
/// Every fix the providers offer anywhere in the corpus, applied on its own and through Fix All in solution scope (one
/// equivalence key at a time, over the whole corpus): the fixed code has no compiler error it did not have, and the
/// diagnostic the fix was for is gone.
/// </summary>
public class FixSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EachFixOfferedInTheCorpus_RemovesItsDiagnostic_AndAddsNoCompilerError()
    {
        var solution = CorpusSolution.Create(CorpusFile.All);
        var failures = new ConcurrentQueue<string>();
        var applied = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(solution.Projects, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (project, cancellationToken) =>
        {
            var document = project.Documents.Single();
            var errors = await CorpusSolution.CompilerErrorsAsync(project, cancellationToken);
            var diagnostics = await Analysis.GetDiagnosticsAsync(project, cancellationToken);
            foreach (var diagnostic in diagnostics)
            {
                foreach (var (_, action) in await OffersAsync(document, diagnostic, cancellationToken))
                {
                    var fixedDocument = (await ApplyAsync(action, cancellationToken)).GetDocument(document.Id)!;
                    var problems = await CheckAsync(document, fixedDocument, errors, diagnostics, [diagnostic], cancellationToken);
                    if (problems.Count > 0)
                    {
                        failures.Enqueue($"'{action.Title}' ({action.EquivalenceKey}) for {Describe(diagnostic)}:\n  " + string.Join("\n  ", problems) + "\n" + await TextAsync(fixedDocument, cancellationToken));
                    }

                    applied.AddOrUpdate(action.EquivalenceKey!, 1, (_, count) => count + 1);
                }
            }
        });

        output.WriteLine($"{applied.Values.Sum()} fixes applied one at a time in {CorpusFile.All.Length} corpus files: " + string.Join(", ", applied.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        Assert.NotEmpty(applied);
        Assert.True(failures.IsEmpty, $"{failures.Count} fixes failed; the first:\n\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public async Task FixAllInSolutionScope_PerEquivalenceKey_RemovesTheDiagnostics_AndAddsNoCompilerError()
    {
        var solution = CorpusSolution.Create(CorpusFile.All);
        var errors = new Dictionary<ProjectId, List<string>>();
        var originalDiagnostics = new Dictionary<ProjectId, IReadOnlyList<Diagnostic>>();
        var fixable = new Dictionary<string, List<(Document Document, Diagnostic Diagnostic)>>(StringComparer.Ordinal);
        var providers = new Dictionary<string, CodeFixProvider>(StringComparer.Ordinal);
        foreach (var project in solution.Projects)
        {
            var document = project.Documents.Single();
            errors[project.Id] = await CorpusSolution.CompilerErrorsAsync(project);
            originalDiagnostics[project.Id] = await Analysis.GetDiagnosticsAsync(project);
            foreach (var diagnostic in originalDiagnostics[project.Id])
            {
                foreach (var (provider, action) in await OffersAsync(document, diagnostic, CancellationToken.None))
                {
                    var key = action.EquivalenceKey!;
                    providers[key] = provider;
                    (fixable.TryGetValue(key, out var list) ? list : fixable[key] = []).Add((document, diagnostic));
                }
            }
        }

        var failures = new List<string>();
        var fixedCount = 0;
        foreach (var (key, diagnostics) in fixable.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var provider = providers[key];
            var context = new FixAllContext(diagnostics[0].Document, provider, FixAllScope.Solution, key, provider.FixableDiagnosticIds, new CorpusDiagnosticProvider(), CancellationToken.None);
            var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
            if (action is null)
            {
                failures.Add($"Fix All for {key} offered no code action.");
                continue;
            }

            var fixedSolution = await ApplyAsync(action, CancellationToken.None);
            foreach (var byDocument in diagnostics.GroupBy(d => d.Document.Id))
            {
                var document = byDocument.First().Document;
                var problems = await CheckAsync(document, fixedSolution.GetDocument(document.Id)!, errors[document.Project.Id], originalDiagnostics[document.Project.Id], byDocument.Select(d => d.Diagnostic).ToList(), CancellationToken.None);
                failures.AddRange(problems.Select(problem => $"Fix All for {key} in {document.FilePath}: {problem}"));
            }

            fixedCount += diagnostics.Count;
        }

        output.WriteLine($"Fix All in solution scope for {fixable.Count} equivalence keys over {CorpusFile.All.Length} corpus files, {fixedCount} diagnostics: "
            + string.Join(", ", fixable.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Count}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>The fixes the providers offer for a diagnostic, with the provider that offers each.</summary>
    private static async Task<List<(CodeFixProvider Provider, CodeAction Action)>> OffersAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var offers = new List<(CodeFixProvider, CodeAction)>();
        foreach (var provider in Analysis.CodeFixProviders.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => offers.Add((provider, action)), cancellationToken));
        }

        return offers;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        Assert.True(operations.Length == 1 && operations[0] is ApplyChangesOperation, $"'{action.Title}' must produce exactly one ApplyChangesOperation.");
        return ((ApplyChangesOperation)operations[0]).ChangedSolution;
    }

    /// <summary>What is wrong with a fixed document: compiler errors it did not have, diagnostics the fix was for still there.</summary>
    private static async Task<List<string>> CheckAsync(Document original, Document fixedDocument, List<string> originalErrors, IReadOnlyList<Diagnostic> originalDiagnostics, IReadOnlyList<Diagnostic> fixedDiagnostics, CancellationToken cancellationToken)
    {
        var problems = CorpusSolution.NewErrors(originalErrors, await CorpusSolution.CompilerErrorsAsync(fixedDocument.Project, cancellationToken))
            .Select(error => "new compiler error " + error)
            .ToList();

        var originalText = await original.GetTextAsync(cancellationToken);
        var changes = (await fixedDocument.GetTextChangesAsync(original, cancellationToken)).Select(c => Trim(c, originalText)).OrderBy(c => c.Span.Start).ToList();
        var after = await Analysis.GetDiagnosticsAsync(fixedDocument.Project, cancellationToken);
        foreach (var diagnostic in fixedDiagnostics)
        {
            var mapped = TextSpan.FromBounds(Map(diagnostic.Location.SourceSpan.Start, changes, isStart: true), Map(diagnostic.Location.SourceSpan.End, changes, isStart: false));
            // The same diagnostic: the same ID and message where the original text went. (A neighbour that moved into the
            // place has another message; a diagnostic left with another value is caught by the count below.)
            if (after.FirstOrDefault(d => d.Id == diagnostic.Id && d.GetMessage() == diagnostic.GetMessage() && d.Location.SourceSpan.OverlapsWith(mapped)) is { } remaining)
            {
                problems.Add($"{Describe(diagnostic)} is still reported after the fix: {Describe(remaining)}");
            }
        }

        foreach (var id in fixedDiagnostics.Select(d => d.Id).Distinct())
        {
            var before = originalDiagnostics.Count(d => d.Id == id);
            var left = after.Count(d => d.Id == id);
            var fixedHere = fixedDiagnostics.Count(d => d.Id == id);
            if (left > before - fixedHere)
            {
                problems.Add($"{left} {id} diagnostics after the fix, {before} before it: the {fixedHere} fixed did not all go");
            }
        }

        return problems;
    }

    /// <summary>A change without the text it keeps at its start and end, so that it covers only what the fix really changed.</summary>
    private static TextChange Trim(TextChange change, SourceText originalText)
    {
        var before = originalText.ToString(change.Span);
        var after = change.NewText ?? string.Empty;
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(TextSpan.FromBounds(change.Span.Start + prefix, change.Span.End - suffix), after.Substring(prefix, after.Length - prefix - suffix));
    }

    /// <summary>Where a position of the original text is after the changes; a position inside a change goes to its start or end.</summary>
    private static int Map(int position, List<TextChange> changes, bool isStart)
    {
        var delta = 0;
        foreach (var change in changes)
        {
            if (change.Span.End <= position)
            {
                delta += (change.NewText?.Length ?? 0) - change.Span.Length;
            }
            else if (change.Span.Start >= position)
            {
                break;
            }
            else
            {
                return change.Span.Start + delta + (isStart ? 0 : change.NewText?.Length ?? 0);
            }
        }

        return position + delta;
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} at {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) \"{diagnostic.GetMessage()}\"";
    }

    private static async Task<string> TextAsync(Document document, CancellationToken cancellationToken) => (await document.GetTextAsync(cancellationToken)).ToString();

    private sealed class CorpusDiagnosticProvider : FixAllContext.DiagnosticProvider
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
