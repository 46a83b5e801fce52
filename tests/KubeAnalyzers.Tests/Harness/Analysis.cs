using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>Runs every KubeAnalyzers analyzer and fix provider, the way the compiler and the IDE do.</summary>
public static class Analysis
{
    /// <summary>Every analyzer in the package, found by reflection so that none is forgotten.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(KubeWorkloadAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>Every exported code fix provider in the package.</summary>
    public static readonly ImmutableArray<CodeFixProvider> CodeFixProviders = typeof(KubeCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The analyzers' diagnostics for a project, sorted; fails on any analyzer exception (AD0001).</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var (diagnostics, exceptions) = await RunAsync(compilation, project.AnalyzerOptions, cancellationToken);
        if (!exceptions.IsEmpty)
        {
            throw new XunitException("An analyzer threw:\n" + string.Join("\n\n", exceptions));
        }

        return diagnostics;
    }

    /// <summary>Runs the analyzers on a compilation; returns the diagnostics and the analyzer exceptions.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions)> RunAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        var failures = diagnostics.Where(d => d.Id == "AD0001").Select(d => (Exception)new InvalidOperationException(d.GetMessage())).Concat(exceptions).ToImmutableArray();
        var sorted = diagnostics.Where(d => d.Id != "AD0001")
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return (sorted, failures);
    }

    /// <summary>The code action with the given equivalence key that a provider offers for a diagnostic, or null.</summary>
    public static async Task<CodeAction?> FindFixAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        => (await FindAsync(document, diagnostic, equivalenceKey, cancellationToken)).Action;

    /// <summary>The provider that offers the fix with the given equivalence key for a diagnostic, or null.</summary>
    public static async Task<CodeFixProvider?> FindFixProviderAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        => (await FindAsync(document, diagnostic, equivalenceKey, cancellationToken)).Provider;

    private static async Task<(CodeFixProvider? Provider, CodeAction? Action)> FindAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
    {
        foreach (var provider in CodeFixProviders.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
            if (actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey) is { } found)
            {
                return (provider, found);
            }
        }

        return (null, null);
    }
}
