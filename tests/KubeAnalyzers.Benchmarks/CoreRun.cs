using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Options;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.Benchmarks;

/// <summary>
/// The analyzer's own work without the compiler's driver around it: every member body of a compilation, its operation
/// tree built once beforehand, read by <see cref="BlockAnalysis"/> as the analyzer reads it. What is left when binding,
/// operation trees, callbacks and diagnostic filtering are taken away; the part of the cost this project can change.
/// </summary>
public sealed class CoreRun
{
    private readonly Compilation _compilation;
    private readonly ImmutableArray<IOperation> _roots;

    public CoreRun(Compilation compilation)
    {
        _compilation = compilation;
        var filter = NewAnalysis(new HostPortConflictRule());
        var roots = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                if (member is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax
                    && model.GetOperation(Body(member)) is { } root && root.DescendantsAndSelf().Any(filter.MarksBlock))
                {
                    roots.Add(root);
                }
            }
        }

        _roots = roots.ToImmutable();
    }

    public int BlockCount => _roots.Length;

    /// <summary>Analyzes every block once, with new front-ends and options as a compilation start makes them; returns the diagnostics.</summary>
    public List<Diagnostic> Run()
    {
        var diagnostics = new List<Diagnostic>();
        var conflicts = new HostPortConflictRule();
        var analysis = NewAnalysis(conflicts);
        Action<Diagnostic> report = diagnostics.Add;
        foreach (var root in _roots)
        {
            analysis.Analyze(root, report, CancellationToken.None);
        }

        conflicts.Report(diagnostics.Add, new OptionsCache(EmptyOptions.Instance));
        return diagnostics;
    }

    /// <summary>A block analysis as a compilation start makes one: new front-ends, options and generated-code check.</summary>
    private BlockAnalysis NewAnalysis(HostPortConflictRule conflicts)
        => new(new Lazy<FrontEndSet>(() => FrontEndSet.Create(_compilation)), new OptionsCache(EmptyOptions.Instance), conflicts, new GeneratedCode(_compilation, EmptyOptions.Instance));

    private static SyntaxNode Body(MemberDeclarationSyntax member) => member switch
    {
        BaseMethodDeclarationSyntax method => method,
        PropertyDeclarationSyntax { Initializer: { } initializer } => initializer,
        PropertyDeclarationSyntax { ExpressionBody: { } body } => body,
        FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault()?.Initializer ?? (SyntaxNode)field,
        _ => member,
    };

    private sealed class EmptyOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptions Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = null;
                return false;
            }
        }
    }
}
