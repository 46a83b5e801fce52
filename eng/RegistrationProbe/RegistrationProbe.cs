using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.RegistrationProbe
{
    /// <summary>
    /// Registers, at compilation start, the actions named by the global option <c>kubeanalyzers_probe</c> (a global
    /// analyzer config line <c>kubeanalyzers_probe = operations</c>): without it nothing more (the floor of any analyzer);
    /// with <c>operations</c>, what KubeWorkloadAnalyzer registers in a compilation with Kubernetes types (an operation
    /// action for creations, <c>with</c> and assignments, and an operation block action), whose callbacks only count.
    /// The difference between the two builds is the compiler's own work for operation actions (binding every method
    /// body again into operation trees), which <c>-p:ReportAnalyzer=true</c> does not charge to any analyzer. The counts
    /// are reported at the end of the compilation (PROBE0001), so that a run whose option was not read shows.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RegistrationProbeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Counts = new(
            "PROBE0001",
            "Operation callbacks",
            "Probe: {0} operation callbacks, {1} operation block callbacks",
            "Probe",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Counts);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                if (!start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("kubeanalyzers_probe", out var probe)
                    || probe != "operations")
                {
                    return;
                }

                var operations = 0;
                var blocks = 0;
                start.RegisterOperationAction(_ => Interlocked.Increment(ref operations), OperationKind.ObjectCreation, OperationKind.With, OperationKind.SimpleAssignment);
                start.RegisterOperationBlockAction(_ => Interlocked.Increment(ref blocks));
                start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Counts, Location.None, operations, blocks)));
            });
        }
    }
}
