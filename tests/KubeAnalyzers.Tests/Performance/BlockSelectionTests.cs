using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Benchmarks.Generator;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Model;
using KubeAnalyzers.Options;
using KubeAnalyzers.Rules;
using KubeAnalyzers.Tests.Harness;
using KubeAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace KubeAnalyzers.Tests.Performance;

/// <summary>
/// Which operation blocks the analyzer reads: only those that create or assign an object of a kind that can be a workload
/// (or a library resource that deploys one). A block that builds only metadata, as a Service's or a ConfigMap's builder
/// does, is not read, because no rule could report in it; these tests hold that to be true.
/// </summary>
public class BlockSelectionTests
{
    private static readonly string[] PartKinds = ["ObjectMeta", "DeploymentStrategy", "RollingUpdateDeployment", "DaemonSetUpdateStrategy", "RollingUpdateDaemonSet"];

    [Fact]
    public void WorkloadRootKinds_AreTheKindsBuildMakesAWorkloadOf()
    {
        var syntax = SyntaxFactory.IdentifierName("x");
        foreach (var kind in KubernetesClientFrontEnd.ModelKinds)
        {
            var built = WorkloadBuilder.Build(new ObjectNode(kind, syntax, FrontEndKind.KubernetesClientRecords)) is not null;
            Assert.True(built == WorkloadBuilder.IsWorkloadRoot(kind), $"{kind}: Build makes {(built ? "a" : "no")} workload, IsWorkloadRoot says {WorkloadBuilder.IsWorkloadRoot(kind)}");
        }

        Assert.Equal(PartKinds.Order(StringComparer.Ordinal), KubernetesClientFrontEnd.ModelKinds.Where(kind => !WorkloadBuilder.IsWorkloadRoot(kind)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("new V1ObjectMeta { Name = \"web\" }", false)]
    [InlineData("new V1Service { Metadata = new() { Name = \"web\" } }", false)]
    [InlineData("new V1DeploymentStrategy { Type = \"Recreate\" }", false)]
    [InlineData("new V1PodSpec { HostNetwork = true }", true)]
    [InlineData("new V1ContainerPort { ContainerPort = 80 }", true)]
    [InlineData("new V1Deployment()", true)]
    public void ABlockIsRead_OnlyWhenItCreatesAKindThatCanBeAWorkload(string creation, bool read)
    {
        var compilation = Compile(StandIn.KubernetesClientClasses, $"using k8s.Models; class C {{ object M() => {creation}; }}");

        Assert.Equal(read, MarkedBlocks(compilation).Single());
    }

    [Theory]
    [InlineData("meta.Name = \"web\";", false)]
    [InlineData("strategy.Type = \"Recreate\";", false)]
    [InlineData("spec.HostNetwork = true;", true)]
    [InlineData("deployment.Metadata = meta;", true)]
    public void ABlockIsRead_OnlyWhenItAssignsToAKindThatCanBeAWorkload(string assignment, bool read)
    {
        var compilation = Compile(StandIn.KubernetesClientClasses, $"using k8s.Models; class C {{ void M(V1ObjectMeta meta, V1DeploymentStrategy strategy, V1PodSpec spec, V1Deployment deployment) {{ {assignment} }} }}");

        Assert.Equal(read, MarkedBlocks(compilation).Single());
    }

    [Fact]
    public void APulumiResourceCreation_MakesItsBlockOneToRead()
    {
        var compilation = Compile(StandIn.Pulumi, "using Pulumi.Kubernetes.Apps.V1; class C { object M(Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs args) => new Deployment(\"web\", args); }");

        Assert.True(MarkedBlocks(compilation).Single());
    }

    /// <summary>
    /// The blocks skipped yield nothing: the analyzer reports exactly what reading every block reports, on every corpus program
    /// (both client shapes, Pulumi, options of every kind) and on generated projects whose Service and ConfigMap builders build
    /// metadata only.
    /// </summary>
    [Fact]
    public async Task ReadingOnlyTheMarkedBlocks_ReportsWhatReadingEveryBlockReports()
    {
        var skippedWithModelObjects = 0;
        foreach (var project in CorpusSolution.Create(CorpusFile.All).Projects)
        {
            var compilation = (await project.GetCompilationAsync())!;
            await AssertSameDiagnosticsAsync(compilation, project.AnalyzerOptions, project.Name);
        }

        foreach (var shape in new[] { ClientShape.Records, ClientShape.Classes })
        {
            var generated = ProjectGenerator.Generate(100, CodeMix.Hazards, shape);
            var compilation = CSharpCompilation.Create(
                "Generated",
                generated.Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.Path)),
                shape == ClientShape.Records
                    ? StandIns.For(StandIn.PulumiAndKubernetesClientRecords)
                    : StandIns.For(StandIn.KubernetesClientClasses).AddRange(StandIns.Libraries(StandIn.Pulumi).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            await AssertSameDiagnosticsAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), $"generated {shape}");
            skippedWithModelObjects += SkippedBlocksWithModelObjects(compilation);
        }

        // Not vacuous: the generated projects hold blocks that build model objects (metadata) and are not read.
        Assert.InRange(skippedWithModelObjects, 20, int.MaxValue);
    }

    private static async Task AssertSameDiagnosticsAsync(Compilation compilation, AnalyzerOptions options, string name)
    {
        var marked = await RunAsync(compilation, options, new KubeWorkloadAnalyzer());
        var everyBlock = await RunAsync(compilation, options, new ReadEveryBlockAnalyzer());
        Assert.True(everyBlock.SequenceEqual(marked), $"{name}:\nreading every block:\n{string.Join("\n", everyBlock)}\nreading the marked blocks:\n{string.Join("\n", marked)}");
    }

    private static async Task<List<string>> RunAsync(Compilation compilation, AnalyzerOptions options, DiagnosticAnalyzer analyzer)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var diagnostics = await compilation
            .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(options, (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        // K8S0002 (an invalid option) is reported at compilation end whatever the blocks; only the rules' diagnostics are compared.
        return [.. diagnostics.Where(d => d.Id != RuleIds.InvalidOption).Select(d => $"{d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal)];
    }

    /// <summary>For each member body of the compilation: whether one of its operations makes the analyzer read it.</summary>
    private static List<bool> MarkedBlocks(Compilation compilation)
    {
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analysis = NewAnalysis(compilation);
        return [.. Blocks(compilation).Select(block => block.DescendantsAndSelf().Any(analysis.MarksBlock))];
    }

    private static int SkippedBlocksWithModelObjects(Compilation compilation)
    {
        var analysis = NewAnalysis(compilation);
        var frontEnds = FrontEndSet.Create(compilation);
        return Blocks(compilation).Count(block =>
            !block.DescendantsAndSelf().Any(analysis.MarksBlock)
            && block.DescendantsAndSelf().Any(operation => operation is IObjectCreationOperation && frontEnds.TryGetKind(operation.Type, out _, out _)));
    }

    private static IEnumerable<IOperation> Blocks(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax { Parent: Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax }
                    && model.GetOperation(node) is { } block)
                {
                    yield return block;
                }
            }
        }
    }

    private static BlockAnalysis NewAnalysis(Compilation compilation)
        => new(new Lazy<FrontEndSet>(() => FrontEndSet.Create(compilation)), new OptionsCache(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty).AnalyzerConfigOptionsProvider), new HostPortConflictRule(), generated: null);

    private static Compilation Compile(StandIn standIn, string source)
        => CSharpCompilation.Create("Test", [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], StandIns.For(standIn), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The analyzer as it would be without choosing blocks: every block of the compilation read whole.</summary>
#pragma warning disable RS1001 // A test double run by WithAnalyzers only: no host looks for its attribute.
    private sealed class ReadEveryBlockAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                if (!FrontEndSet.MayBeUsed(compilation))
                {
                    return;
                }

                var options = new OptionsCache(start.Options.AnalyzerConfigOptionsProvider);
                var conflicts = new HostPortConflictRule();
                var generated = new GeneratedCode(compilation, start.Options.AnalyzerConfigOptionsProvider);
                var analysis = new BlockAnalysis(new Lazy<FrontEndSet>(() => FrontEndSet.Create(compilation)), options, conflicts, generated);
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var root in block.OperationBlocks)
                    {
                        if (!generated.Contains(root, block.OwningSymbol))
                        {
                            analysis.Analyze(root, block.ReportDiagnostic, block.CancellationToken);
                        }
                    }
                });
                start.RegisterCompilationEndAction(end => conflicts.Report(end, options));
            });
        }
    }
}
