using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KubeAnalyzers.Benchmarks.Generator;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Benchmarks;

/// <summary>
/// The short job of every benchmark here: 2 warm-up and 5 measured iterations, so that the whole suite runs in minutes.
/// Each benchmark checks the exact diagnostics it gets against what the generator planted, so broken analysis cannot look fast.
/// </summary>
public abstract class AnalyzerBenchmark
{
    protected static int Run(Compilation compilation, ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, int> expected)
        => AnalyzerRun.Check(AnalyzerRun.AnalyzeAsync(compilation, analyzers).GetAwaiter().GetResult(), expected);

    protected static readonly IReadOnlyDictionary<string, int> Nothing = new Dictionary<string, int>();
}

/// <summary>(a) A compilation without Kubernetes types: KubeAnalyzers must cost what an analyzer that registers nothing costs.</summary>
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class PlainCodeBenchmarks : AnalyzerBenchmark
{
    private GeneratedProject _project = null!;
    private Compilation _compilation = null!;

    [Params(100, 1000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = ProjectGenerator.Generate(Files, CodeMix.Plain);
        _compilation = AnalyzerRun.Compile(_project);
    }

    [Benchmark(Baseline = true)]
    public int CompilationStartOnly() => Run(_compilation, AnalyzerRun.CompilationStartOnly, Nothing);

    [Benchmark]
    public int EmptyOperationAction() => Run(_compilation, AnalyzerRun.EmptyOperationAction, Nothing);

    [Benchmark]
    public int KubeAnalyzers() => Run(_compilation, AnalyzerRun.Kube, _project.Expected);
}

/// <summary>
/// (b) and (c) Plain C# and manifests (KubernetesClient and Pulumi), without and with hazards: KubeAnalyzers against an
/// analyzer that only asks for the same operations. The hazards run in both client shapes.
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class ManifestBenchmarks : AnalyzerBenchmark
{
    private GeneratedProject _project = null!;
    private Compilation _compilation = null!;

    [Params(100, 1000)]
    public int Files { get; set; }

    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "";

    public static IEnumerable<string> Scenarios => ["Manifests/Records", "Hazards/Records", "Hazards/Classes"];

    [GlobalSetup]
    public void Setup()
    {
        var parts = Scenario.Split('/');
        _project = ProjectGenerator.Generate(Files, System.Enum.Parse<CodeMix>(parts[0]), System.Enum.Parse<ClientShape>(parts[1]));
        _compilation = AnalyzerRun.Compile(_project);
    }

    [Benchmark(Baseline = true)]
    public int EmptyOperationAction() => Run(_compilation, AnalyzerRun.EmptyOperationAction, Nothing);

    [Benchmark]
    public int KubeAnalyzers() => Run(_compilation, AnalyzerRun.Kube, _project.Expected);
}

/// <summary>
/// (d) The IDE case: one 1,000-line manifest document of a larger project (with hazards) analyzed alone, after an edit:
/// a new analysis of the compilation, <c>GetAnalyzerSemanticDiagnosticsAsync</c> for that one tree.
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class DocumentBenchmarks : AnalyzerBenchmark
{
    private Compilation _compilation = null!;
    private SyntaxTree _document = null!;
    private IReadOnlyDictionary<string, int> _expected = null!;

    [Params(100, 1000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var document = ProjectGenerator.ManifestDocument(ClientShape.Records);
        _expected = document.Planted.Diagnostics;
        _compilation = AnalyzerRun.Compile(ProjectGenerator.Generate(Files, CodeMix.Hazards), document);
        _document = _compilation.SyntaxTrees.Single(tree => tree.FilePath == document.Path);

        // The IDE has the other documents' declarations already: bind them once, as the first analysis would.
        _compilation.GetDeclarationDiagnostics();
    }

    [Benchmark(Baseline = true)]
    public int EmptyOperationAction() => Check(AnalyzerRun.EmptyOperationAction, Nothing);

    [Benchmark]
    public int KubeAnalyzers() => Check(AnalyzerRun.Kube, _expected);

    private int Check(ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, int> expected)
        => AnalyzerRun.Check(AnalyzerRun.AnalyzeDocumentAsync(_compilation, _document, analyzers).GetAwaiter().GetResult(), expected);
}
