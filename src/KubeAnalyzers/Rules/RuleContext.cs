using System;
using System.Collections.Immutable;
using KubeAnalyzers.Options;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Rules
{
    /// <summary>What a rule gets besides the workload: the options in force and a way to report.</summary>
    internal sealed class RuleContext
    {
        private readonly Action<Diagnostic> _report;

        public RuleContext(KubeOptions options, Action<Diagnostic> report)
        {
            Options = options;
            _report = report;
        }

        public KubeOptions Options { get; }

        public void Report(DiagnosticDescriptor descriptor, SyntaxNode at, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
            => _report(Diagnostic.Create(descriptor, at.GetLocation(), properties, messageArgs));
    }
}
