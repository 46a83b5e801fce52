using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace KubeAnalyzers.Tests.Performance;

/// <summary>
/// What KubeWorkloadAnalyzer asks the compiler for: nothing but a compilation start action in a compilation without
/// Kubernetes types, so that such a project pays for no operation trees, blocks or symbols on its account.
/// </summary>
public class RegistrationTests
{
    [Fact]
    public void WithoutKubernetesTypes_CompilationStart_RegistersNothing()
    {
        var registered = RegistrationsAtCompilationStart(StandIn.None);

        Assert.Empty(registered);
    }

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    [InlineData(StandIn.Pulumi)]
    public void WithKubernetesTypes_CompilationStart_RegistersOperationBlockAndCompilationEndActions(StandIn standIn)
    {
        var registered = RegistrationsAtCompilationStart(standIn);

        // No block start action (whose per-block registrations cost more than the analysis): a block without Kubernetes code
        // costs cheap operation checks and one look-up in the block action.
        Assert.Equal(["CompilationEnd", "Operation", "OperationBlock"], [.. registered.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Initialize_RegistersOnlyACompilationStartAction()
    {
        var context = new RecordingAnalysisContext();

        new KubeWorkloadAnalyzer().Initialize(context);

        Assert.Equal(["CompilationStart"], context.Registered);
    }

    private static List<string> RegistrationsAtCompilationStart(StandIn standIn)
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText("class C { void M() { var o = new object(); } }")],
            StandIns.For(standIn),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var context = new RecordingAnalysisContext();
        new KubeWorkloadAnalyzer().Initialize(context);
        var start = new RecordingCompilationStartContext(compilation);
        Assert.Single(context.CompilationStartActions)(start);
        return start.Registered;
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<string> Registered { get; } = [];

        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = [];

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Registered.Add("CompilationStart");
            CompilationStartActions.Add(action);
        }

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registered.Add("Compilation");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered.Add("Operation");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");
    }

    private sealed class RecordingCompilationStartContext(Compilation compilation)
        : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        public List<string> Registered { get; } = [];

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registered.Add("CompilationEnd");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered.Add("Operation");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");
    }
}
