using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.Benchmarks;

/// <summary>
/// An analyzer that registers a compilation start action and nothing else: what KubeWorkloadAnalyzer does in a compilation
/// without Kubernetes types. The floor of any analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CompilationStartOnlyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptors.Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(_ => { });
    }
}

/// <summary>
/// An analyzer that asks for the operations KubeWorkloadAnalyzer reads (creations, <c>with</c>, assignments) and does nothing
/// with them: the driver's fixed cost of an operation analyzer (binding every method body to IOperation trees).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationActionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptors.Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.With, OperationKind.SimpleAssignment);
    }
}

internal static class BaselineDescriptors
{
    /// <summary>Enabled by default, so that the driver runs the analyzer (it skips one whose rules are all disabled); never reported.</summary>
    public static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
}

/// <summary>
/// An analyzer registered the way KubeWorkloadAnalyzer was until it moved to one operation action (a block start action
/// with the same operation actions and a block end action) that does nothing: the cost of that registration shape alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyBlockStartAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptors.Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => start.RegisterOperationBlockStartAction(block =>
        {
            block.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
            block.RegisterOperationAction(_ => { }, OperationKind.With);
            block.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment);
            block.RegisterOperationBlockEndAction(_ => { });
        }));
    }
}

/// <summary>
/// Reports every <c>HostPort = ...</c> assignment and does nothing else, with the generated-code setting it is given: what the
/// driver's handling of reported diagnostics costs. With <see cref="GeneratedCodeAnalysisFlags.None"/> the driver walks every
/// token of each file that gets a diagnostic to find <c>[GeneratedCode]</c>; with <c>Analyze | ReportDiagnostics</c> it does not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostPortReportingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Reported = new("BENCH0002", "Host port", "Host port", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private readonly GeneratedCodeAnalysisFlags _flags;

    public HostPortReportingAnalyzer(GeneratedCodeAnalysisFlags flags) => _flags = flags;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Reported];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(_flags);
        context.RegisterOperationAction(
            operation =>
            {
                if (operation.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "HostPort" } })
                {
                    operation.ReportDiagnostic(Diagnostic.Create(Reported, operation.Operation.Syntax.GetLocation()));
                }
            },
            OperationKind.SimpleAssignment);
    }
}
