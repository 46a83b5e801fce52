using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzers enable concurrent execution: analyzing the whole corpus 20 times, every file concurrently with the
/// others and each with concurrent analysis, gives the same diagnostics every time (ID, path, span and message, in any order).
/// </summary>
public class DeterminismTests(ITestOutputHelper output)
{
    private const int Runs = 20;

    [Fact]
    public async Task TheCorpusAnalyzedTwentyTimesConcurrently_GivesTheSameDiagnosticsEveryTime()
    {
        var projects = CorpusSolution.Create(CorpusFile.All).Projects.ToList();
        var compilations = await Task.WhenAll(projects.Select(async project => (Compilation: (await project.GetCompilationAsync())!, project.AnalyzerOptions)));

        var stopwatch = Stopwatch.StartNew();
        List<string>? first = null;
        for (var run = 0; run < Runs; run++)
        {
            // A fresh compilation each run (Clone: new symbols, the same trees and references), all files at once.
            var results = await Task.WhenAll(compilations.Select(c => Task.Run(() => Analysis.RunAsync(c.Compilation.Clone(), c.AnalyzerOptions))));
            Assert.All(results, result => Assert.Empty(result.Exceptions));
            var diagnostics = results.SelectMany(result => result.Diagnostics).Select(Key).OrderBy(key => key, StringComparer.Ordinal).ToList();
            if (first is null)
            {
                first = diagnostics;
                Assert.NotEmpty(first);
            }
            else if (!first.SequenceEqual(diagnostics))
            {
                Assert.Fail($"Run {run + 1} differs from run 1:\n  only in run 1: {string.Join("\n    ", first.Except(diagnostics))}\n  only in run {run + 1}: {string.Join("\n    ", diagnostics.Except(first))}");
            }
        }

        output.WriteLine($"{Runs} runs over {projects.Count} corpus files, {first!.Count} diagnostics each, in {stopwatch.Elapsed.TotalSeconds:F0} s.");
    }

    private static string Key(Diagnostic diagnostic)
        => $"{diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath}{diagnostic.Location.SourceSpan} {diagnostic.GetMessage()}";
}
