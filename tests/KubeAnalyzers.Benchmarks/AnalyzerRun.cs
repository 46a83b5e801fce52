using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Benchmarks.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.Benchmarks;

/// <summary>Compiles generated code against the stand-ins and runs analyzers on it the way the compiler and the IDE do.</summary>
public static class AnalyzerRun
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Kube = [new KubeWorkloadAnalyzer()];

    public static readonly ImmutableArray<DiagnosticAnalyzer> CompilationStartOnly = [new CompilationStartOnlyAnalyzer()];

    public static readonly ImmutableArray<DiagnosticAnalyzer> EmptyOperationAction = [new EmptyOperationActionAnalyzer()];

    public static readonly ImmutableArray<DiagnosticAnalyzer> EmptyBlockStart = [new EmptyBlockStartAnalyzer()];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The folder with the stand-in assemblies, copied beside this program when it was built.</summary>
    public static string StandInsDirectory
    {
        get
        {
            var built = typeof(AnalyzerRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "StandInsDirectory")?.Value;
            foreach (var candidate in new[] { built, Path.Combine(AppContext.BaseDirectory, "standins") })
            {
                if (candidate is not null && Directory.Exists(Path.Combine(candidate, "Pulumi")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The stand-ins were not copied beside the benchmarks; build tests/KubeAnalyzers.Benchmarks.");
        }
    }

    /// <summary>The project's compilation, with <paramref name="extra"/> files; throws when the generated code does not compile.</summary>
    public static CSharpCompilation Compile(GeneratedProject project, params GeneratedFile[] extra)
    {
        var trees = project.Files.Concat(extra).Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path));
        var references = Framework.Value;
        if (project.UsesKubernetes)
        {
            var client = project.Shape == ClientShape.Records ? "KubernetesClient.Records" : "KubernetesClient.Classes";
            references = references.AddRange(
                new[] { Path.Combine(client, "KubernetesClient.dll"), Path.Combine("Pulumi", "Pulumi.dll"), Path.Combine("Pulumi", "Pulumi.Kubernetes.dll") }
                    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(StandInsDirectory, path))));
        }

        var compilation = CSharpCompilation.Create(
            "Generated",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", errors));
        }

        return compilation;
    }

    /// <summary>Every analyzer diagnostic of the compilation, as the build gets them; throws when an analyzer throws.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        var (withAnalyzers, exceptions) = WithAnalyzers(compilation, analyzers);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        ThrowOnException(diagnostics, exceptions);
        return diagnostics;
    }

    /// <summary>
    /// The time the analyzers' own actions took in one analysis of the compilation (what the compiler's /reportanalyzer
    /// reports), summed over threads; the driver's work around them (binding, operation trees) is not in it.
    /// </summary>
    public static async Task<TimeSpan> AnalyzerExecutionTimeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        => (await CountAndExecutionTimeAsync(compilation, analyzers, cancellationToken)).ExecutionTime;

    /// <summary>The number of diagnostics of one analysis, and the analyzers' execution time in it.</summary>
    public static async Task<(int Count, TimeSpan ExecutionTime)> CountAndExecutionTimeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        var (withAnalyzers, exceptions) = WithAnalyzers(compilation, analyzers, logAnalyzerExecutionTime: true);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        ThrowOnException(diagnostics, exceptions);
        return (diagnostics.Length, await ExecutionTimeAsync(withAnalyzers, analyzers, cancellationToken));
    }

    /// <summary>The analyzer diagnostics of one document, as the IDE gets them after an edit: a new analysis of a compilation, for one tree.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeDocumentAsync(Compilation compilation, SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        => (await AnalyzeDocumentTimedAsync(compilation, tree, analyzers, logAnalyzerExecutionTime: false, cancellationToken)).Diagnostics;

    /// <summary>
    /// <see cref="AnalyzeDocumentAsync"/>, with the analyzers' own execution time in it (zero unless
    /// <paramref name="logAnalyzerExecutionTime"/>).
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, TimeSpan ExecutionTime)> AnalyzeDocumentTimedAsync(
        Compilation compilation, SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logAnalyzerExecutionTime, CancellationToken cancellationToken = default)
    {
        var (withAnalyzers, exceptions) = WithAnalyzers(compilation, analyzers, logAnalyzerExecutionTime);
        var model = withAnalyzers.Compilation.GetSemanticModel(tree);
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken);
        ThrowOnException(diagnostics, exceptions);
        return (diagnostics, logAnalyzerExecutionTime ? await ExecutionTimeAsync(withAnalyzers, analyzers, cancellationToken) : TimeSpan.Zero);
    }

    /// <summary>The analyzers' own execution time so far in an analysis made with <c>logAnalyzerExecutionTime</c>, summed over analyzers.</summary>
    private static async Task<TimeSpan> ExecutionTimeAsync(CompilationWithAnalyzers withAnalyzers, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken)).ExecutionTime;
        }

        return total;
    }

    /// <summary>Throws unless the diagnostics are exactly the expected ones, counted by ID.</summary>
    public static int Check(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> expected)
    {
        var actual = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            actual[diagnostic.Id] = actual.GetValueOrDefault(diagnostic.Id) + 1;
        }

        if (!actual.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(p => p.Key, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"Expected {Planted.Format(expected)}, got {Planted.Format(actual)}.");
        }

        return diagnostics.Length;
    }

    private static (CompilationWithAnalyzers, ConcurrentQueue<Exception>) WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logAnalyzerExecutionTime = false)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: logAnalyzerExecutionTime,
            reportSuppressedDiagnostics: false);
        return (compilation.WithAnalyzers(analyzers, options), exceptions);
    }

    private static void ThrowOnException(ImmutableArray<Diagnostic> diagnostics, ConcurrentQueue<Exception> exceptions)
    {
        var failures = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Concat(exceptions.Select(e => e.ToString())).ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n\n", failures));
        }
    }
}
