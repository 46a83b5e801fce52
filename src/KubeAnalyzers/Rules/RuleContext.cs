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

        /// <summary>Reports with further locations (the other member a fix edits, the other workload of a pair).</summary>
        public void Report(DiagnosticDescriptor descriptor, SyntaxNode at, SyntaxNode? related, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
            => _report(Diagnostic.Create(descriptor, at.GetLocation(), related is null ? null : new[] { related.GetLocation() }, properties, messageArgs));

        /// <summary>Reports with several further locations, in an order the fix knows.</summary>
        public void Report(DiagnosticDescriptor descriptor, SyntaxNode at, SyntaxNode[] related, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
            => _report(Diagnostic.Create(descriptor, at.GetLocation(), System.Linq.Enumerable.Select(related, r => r.GetLocation()), properties, messageArgs));

        /// <summary>Diagnostic properties naming the workload's kind, for fixes that convert it.</summary>
        public static ImmutableDictionary<string, string?> Kind(Model.WorkloadKind kind) => ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind.ToString());

        /// <summary>The property that names the workload's kind.</summary>
        public const string KindProperty = "Kind";

        /// <summary>Set when the code around the diagnostic cannot be rewritten safely.</summary>
        public const string NoFixProperty = "NoFix";

        /// <summary>Diagnostic properties naming the reported member's JSON field, for fixes that depend on it.</summary>
        public static ImmutableDictionary<string, string?> Field(string jsonName) => ImmutableDictionary<string, string?>.Empty.Add(FieldProperty, jsonName);

        /// <summary>The property that names the reported member's JSON field.</summary>
        public const string FieldProperty = "Field";
    }
}
