using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>
/// No crash on broken code: every prefix of every corpus file cut at a token boundary, and every single-token deletion,
/// analyzed with every rule and every option on, gives no analyzer exception (AD0001). CI runs a fixed-seed sample;
/// <c>KUBEANALYZERS_FULL_MUTATION=1</c> runs all of them (see Corpus/README.md).
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    /// <summary>Set to 1 to analyze every mutant instead of the sample.</summary>
    public const string FullRunVariable = "KUBEANALYZERS_FULL_MUTATION";

    /// <summary>Set to a number to sample that many mutants per file instead of <see cref="SamplePerFile"/>.</summary>
    public const string PerFileVariable = "KUBEANALYZERS_MUTATION_PER_FILE";

    /// <summary>Mutants per corpus file in CI: sized to stay well under three minutes on two cores.</summary>
    public const int SamplePerFile = 100;

    private const int Seed = 8;

    [Fact]
    public async Task PrefixesAndTokenDeletionsOfTheCorpus_AnalyzeWithoutAnalyzerExceptions()
    {
        var runner = new MutantRunner(CorpusFile.All);
        var full = Environment.GetEnvironmentVariable(FullRunVariable) == "1";
        var perFile = int.TryParse(Environment.GetEnvironmentVariable(PerFileVariable), out var requested) ? requested : SamplePerFile;
        var mutants = (full ? runner.All() : runner.Sample(perFile, Seed)).ToList();

        var failures = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (mutant, cancellationToken) =>
        {
            var exceptions = await runner.AnalyzeAsync(mutant, cancellationToken);
            if (!exceptions.IsEmpty)
            {
                failures.Enqueue($"{runner.Describe(mutant)}:\n{string.Join("\n", exceptions)}");
            }
        });

        var total = Enumerable.Range(0, runner.Files.Length).Sum(file => 2 * runner.TokenCount(file));
        output.WriteLine($"{mutants.Count} of {total} mutants of {runner.Files.Length} corpus files analyzed ({(full ? "all" : $"{perFile} per file, seed {Seed}")}) in {stopwatch.Elapsed.TotalSeconds:F0} s; {failures.Count} with analyzer exceptions.");
        Assert.True(failures.IsEmpty, $"{failures.Count} mutants made an analyzer throw; the first:\n\n" + string.Join("\n\n", failures.Take(5)));
    }
}
