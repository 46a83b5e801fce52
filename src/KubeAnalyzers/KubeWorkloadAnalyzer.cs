using System.Collections.Generic;
using System.Collections.Immutable;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Options;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers
{
    /// <summary>
    /// Reads the Kubernetes workloads a method builds and runs every rule on them. Registers nothing for a
    /// compilation that references none of the supported libraries.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KubeWorkloadAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped by GeneratedCode, not by the driver: the driver's check walks every token of each file
            // that gets a diagnostic, at every analysis (docs/performance.md).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Only the reference list and the source declarations here: the types are looked up on first use, once the
            // compiler has bound the references it needs anyway, so that the analyzer is not the one to pay for binding them.
            var compilation = context.Compilation;
            if (!FrontEndSet.MayBeUsed(compilation))
            {
                return;
            }

            var frontEnds = new System.Lazy<FrontEndSet>(() => FrontEndSet.Create(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

            var options = new OptionsCache(context.Options.AnalyzerConfigOptionsProvider);
            var conflicts = new HostPortConflictRule();
            var blocks = new BlockAnalysis(frontEnds, options, conflicts, new GeneratedCode(compilation, context.Options.AnalyzerConfigOptionsProvider));
            context.RegisterOperationAction(blocks.OnOperation, OperationKind.ObjectCreation, OperationKind.With, OperationKind.SimpleAssignment);
            context.RegisterOperationBlockAction(blocks.OnBlock);

            context.RegisterCompilationEndAction(end =>
            {
                ReportInvalidOptions(end, options);
                conflicts.Report(end, options);
            });
        }

        /// <summary>K8S0002, once per key and value, for every tree's options (a .globalconfig applies to all of them).</summary>
        private static void ReportInvalidOptions(CompilationAnalysisContext context, OptionsCache options)
        {
            var reported = new HashSet<(string Key, string Value)>();
            foreach (var tree in context.Compilation.SyntaxTrees)
            {
                foreach (var error in options.Get(tree).Errors)
                {
                    if (reported.Add((error.Key, error.Value)))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, Location.None, error.Key, error.Value, error.Expected));
                    }
                }
            }
        }
    }
}
