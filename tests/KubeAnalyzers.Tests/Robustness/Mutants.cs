using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>How a corpus file is broken: cut after a token, or one token deleted.</summary>
public enum MutationKind
{
    /// <summary>The text up to the end of token <see cref="Mutant.Token"/>: code as it is being typed.</summary>
    Prefix,

    /// <summary>The text without token <see cref="Mutant.Token"/>: a missing comma, brace, name or value.</summary>
    Deletion,
}

/// <summary>One mutant of a corpus file: the file, how it is broken, and the index of the token where.</summary>
public readonly record struct Mutant(int File, MutationKind Kind, int Token);

/// <summary>
/// Analyzes broken versions of the corpus files efficiently: each file is parsed once and each mutant is made from it
/// by one text edit (an incremental reparse); every mutant gets a compilation of its own, derived from one base
/// compilation per stand-in so that the metadata references are bound once and shared.
/// </summary>
public sealed class MutantRunner
{
    /// <summary>Every option on, so that every rule runs: the options of <c>.editorconfig</c> form, read by the compiler's own parser.</summary>
    public const string EditorConfig = """
        root = true

        [*.cs]
        kube_analyzers.node_count = 2
        kube_analyzers.pod_security_level = restricted
        kube_analyzers.cni_port_mapping = false
        kube_analyzers.allowed_host_ports = 9100, 30000-30010
        dotnet_diagnostic.K8S3005.severity = warning
        """;

    private readonly ImmutableArray<ParsedFile> _files;
    private readonly AnalyzerOptions _options;
    private readonly ImmutableDictionary<string, ReportDiagnostic> _severities;
    private readonly ConcurrentDictionary<(StandIn, OutputKind), CSharpCompilation> _baseCompilations = new();

    public MutantRunner(IEnumerable<CorpusFile> files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _files = files.Select(file => new ParsedFile(file, CSharpSyntaxTree.ParseText(SourceText.From(file.Source), parseOptions, file.VirtualPath))).ToImmutableArray();

        var config = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(EditorConfig, "/corpus/.editorconfig") });
        var result = config.GetOptionsForSourcePath("/corpus/Mutant.cs");
        _options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(result.AnalyzerOptions));
        _severities = result.TreeOptions;
    }

    public ImmutableArray<CorpusFile> Files => _files.Select(f => f.Corpus).ToImmutableArray();

    /// <summary>How many tokens a file has: it has twice as many mutants.</summary>
    public int TokenCount(int file) => _files[file].Tokens.Length;

    /// <summary>Every mutant of every file.</summary>
    public IEnumerable<Mutant> All()
    {
        for (var file = 0; file < _files.Length; file++)
        {
            for (var token = 0; token < _files[file].Tokens.Length; token++)
            {
                yield return new Mutant(file, MutationKind.Prefix, token);
                yield return new Mutant(file, MutationKind.Deletion, token);
            }
        }
    }

    /// <summary>The same number of mutants from each file (or all of a smaller file's), drawn with a fixed seed.</summary>
    public IEnumerable<Mutant> Sample(int perFile, int seed)
    {
        for (var file = 0; file < _files.Length; file++)
        {
            var count = 2 * _files[file].Tokens.Length;
            var random = new Random(seed + file);
            var picked = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(perFile).OrderBy(i => i);
            foreach (var index in picked)
            {
                yield return new Mutant(file, index % 2 == 0 ? MutationKind.Prefix : MutationKind.Deletion, index / 2);
            }
        }
    }

    /// <summary>The mutant's text.</summary>
    public SourceText Text(Mutant mutant)
    {
        var file = _files[mutant.File];
        var token = file.Tokens[mutant.Token];
        var change = mutant.Kind == MutationKind.Prefix
            ? new TextChange(TextSpan.FromBounds(token.Span.End, file.Text.Length), string.Empty)
            : new TextChange(token.Span, string.Empty);
        return file.Text.WithChanges(change);
    }

    /// <summary>Analyzes one mutant with every analyzer; returns the analyzer exceptions (AD0001 included).</summary>
    public async Task<ImmutableArray<Exception>> AnalyzeAsync(Mutant mutant, CancellationToken cancellationToken)
    {
        var file = _files[mutant.File];
        var tree = file.Tree.WithChangedText(Text(mutant));
        var compilation = BaseCompilation(file).AddSyntaxTrees(tree);
        var (_, exceptions) = await Analysis.RunAsync(compilation, _options, cancellationToken);
        return exceptions;
    }

    /// <summary>Where a mutant breaks its file, for a failure message: <c>KubernetesClient.Records/Helpers.cs, token 41 'HostPort' (12,9) deleted</c>.</summary>
    public string Describe(Mutant mutant)
    {
        var file = _files[mutant.File];
        var token = file.Tokens[mutant.Token];
        var position = file.Text.Lines.GetLinePosition(token.SpanStart);
        var what = mutant.Kind == MutationKind.Prefix ? "the text cut after it" : "deleted";
        return $"{file.Corpus.Name}, token {mutant.Token} '{token.Text}' at ({position.Line + 1},{position.Character + 1}), {what}";
    }

    private CSharpCompilation BaseCompilation(ParsedFile file)
    {
        var outputKind = file.HasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        return _baseCompilations.GetOrAdd((file.Corpus.StandIn, outputKind), key => CSharpCompilation.Create(
            "Mutant",
            syntaxTrees: null,
            StandIns.For(key.Item1),
            new CSharpCompilationOptions(key.Item2, nullableContextOptions: NullableContextOptions.Enable, specificDiagnosticOptions: _severities)));
    }

    private sealed class ParsedFile
    {
        public ParsedFile(CorpusFile corpus, SyntaxTree tree)
        {
            Corpus = corpus;
            Tree = tree;
            Text = tree.GetText();
            var root = tree.GetCompilationUnitRoot();
            Tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToImmutableArray();
            HasTopLevelStatements = root.Members.Any(m => m is GlobalStatementSyntax);
        }

        public CorpusFile Corpus { get; }

        public SyntaxTree Tree { get; }

        public SourceText Text { get; }

        public ImmutableArray<SyntaxToken> Tokens { get; }

        public bool HasTopLevelStatements { get; }
    }

    /// <summary>The same options for every file.</summary>
    private sealed class FixedOptionsProvider(ImmutableDictionary<string, string> options) : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _options = new DictionaryOptions(options);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> options) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _options = options.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, out string value) => _options.TryGetValue(key, out value!);

        public override IEnumerable<string> Keys => _options.Keys;
    }
}
