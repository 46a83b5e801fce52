using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Benchmarks.Generator;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace KubeAnalyzers.Tests.Performance;

/// <summary>
/// The benchmarks check the exact diagnostics of the projects the generator writes; these tests keep the generator's
/// count right as the rules change, on projects small enough for every test run.
/// </summary>
public class GeneratedProjectTests
{
    public static TheoryData<CodeMix, ClientShape> Projects => new()
    {
        { CodeMix.Plain, ClientShape.Records },
        { CodeMix.Manifests, ClientShape.Records },
        { CodeMix.Manifests, ClientShape.Classes },
        { CodeMix.Hazards, ClientShape.Records },
        { CodeMix.Hazards, ClientShape.Classes },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task GeneratedProject_CompilesAndReportsExactlyWhatWasPlanted(CodeMix mix, ClientShape shape)
    {
        // 100 files hold two K8S4001 pairs and every kind of hazard in both libraries.
        var project = ProjectGenerator.Generate(100, mix, shape);
        var compilation = Compile(project.Files, project.UsesKubernetes ? shape : null);

        var (diagnostics, exceptions) = await Analysis.RunAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));

        Assert.Empty(exceptions);
        Assert.Equal(Format(project.Expected), Format(CountById(diagnostics)));
        Assert.Equal(mix == CodeMix.Hazards, project.ExpectedCount > 0);
    }

    [Theory]
    [InlineData(ClientShape.Records)]
    [InlineData(ClientShape.Classes)]
    public async Task ManifestDocument_OfAThousandLines_ReportsExactlyWhatWasPlanted(ClientShape shape)
    {
        var document = ProjectGenerator.ManifestDocument(shape);
        var compilation = Compile([document], shape);

        var (diagnostics, exceptions) = await Analysis.RunAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));

        Assert.Empty(exceptions);
        Assert.InRange(document.Text.Count(c => c == '\n'), 1000, 1100);
        Assert.Equal(Format(document.Planted.All()), Format(CountById(diagnostics)));
    }

    private static Compilation Compile(IEnumerable<GeneratedFile> files, ClientShape? shape)
    {
        var references = shape switch
        {
            null => StandIns.For(StandIn.None),
            ClientShape.Records => StandIns.For(StandIn.PulumiAndKubernetesClientRecords),
            _ => StandIns.For(StandIn.KubernetesClientClasses).AddRange(StandIns.Libraries(StandIn.Pulumi).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))),
        };
        var compilation = CSharpCompilation.Create(
            "Generated",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private static SortedDictionary<string, int> CountById(IEnumerable<Diagnostic> diagnostics)
        => new(diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), System.StringComparer.Ordinal);

    private static string Format(IReadOnlyDictionary<string, int> counts) => Planted.Format(counts);
}
