using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>
/// One program of the corpus (<c>tests/KubeAnalyzers.Tests/Corpus</c>, copied beside the tests): C# with markup for the
/// diagnostics it must produce, and a header of <c>//</c> comments at its top:
/// <list type="bullet">
/// <item><c>// standin: KubernetesClientRecords</c>: the library it compiles against; by default the one its folder is named after
/// (<c>KubernetesClient.Records/</c> is <see cref="StandIn.KubernetesClientRecords"/>, a <c>Pulumi/</c> folder would be <c>StandIn.Pulumi</c>);</item>
/// <item><c>// options: kube_analyzers.node_count = 2</c>: a line of its <c>.editorconfig</c>, one per header line;</item>
/// <item><c>// compiler-errors: expected</c>: the program does not compile, on purpose.</item>
/// </list>
/// </summary>
public sealed class CorpusFile
{
    private const string StandInHeader = "// standin:";
    private const string OptionsHeader = "// options:";
    private const string CompilerErrorsHeader = "// compiler-errors:";

    private static readonly Lazy<ImmutableArray<CorpusFile>> LazyAll = new(Load);

    private CorpusFile(string name, string markup, StandIn standIn, ImmutableArray<string> options, bool allowCompilerErrors)
    {
        Name = name;
        Markup = markup;
        StandIn = standIn;
        Options = options;
        AllowCompilerErrors = allowCompilerErrors;
        Source = Harness.Markup.Parse(markup, name, defaultId: null).Source;
    }

    /// <summary>Where the corpus is, beside the test assembly.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every corpus file, ordered by name.</summary>
    public static ImmutableArray<CorpusFile> All => LazyAll.Value;

    /// <summary>Every rule ID: corpus files state all of their diagnostics.</summary>
    public static string[] AllIds { get; } = Descriptors.All.Select(d => d.Id).ToArray();

    /// <summary>The path below the corpus folder, with '/': <c>KubernetesClient.Records/Helpers.cs</c>.</summary>
    public string Name { get; }

    /// <summary>The file as written, with its markup.</summary>
    public string Markup { get; }

    /// <summary>The C# program: the file without its markup.</summary>
    public string Source { get; }

    public StandIn StandIn { get; }

    /// <summary>The <c>.editorconfig</c> lines of its header.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>The <c>.editorconfig</c> for <see cref="KubeTest.EditorConfig"/>, or null without options.</summary>
    public string? EditorConfig => Options.IsEmpty ? null : string.Join("\n", Options) + "\n";

    public bool AllowCompilerErrors { get; }

    /// <summary>The path the file has in the compilations the robustness tests build: <c>/corpus/KubernetesClient.Records/Helpers.cs</c>.</summary>
    public string VirtualPath => "/corpus/" + Name;

    public static CorpusFile Get(string name) => All.Single(file => file.Name == name);

    public override string ToString() => Name;

    private static ImmutableArray<CorpusFile> Load()
    {
        Assert.True(Directory.Exists(Root), $"The corpus was not copied beside the tests ({Root}); build the test project.");
        return Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Parse(Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllText(path).Replace("\r\n", "\n")))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static CorpusFile Parse(string name, string markup)
    {
        StandIn? standIn = null;
        var options = ImmutableArray.CreateBuilder<string>();
        var allowCompilerErrors = false;
        foreach (var line in markup.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
        {
            if (line.StartsWith(StandInHeader, StringComparison.Ordinal))
            {
                standIn = Enum.Parse<StandIn>(line.Substring(StandInHeader.Length).Trim());
            }
            else if (line.StartsWith(OptionsHeader, StringComparison.Ordinal))
            {
                options.Add(line.Substring(OptionsHeader.Length).Trim());
            }
            else if (line.StartsWith(CompilerErrorsHeader, StringComparison.Ordinal))
            {
                allowCompilerErrors = line.Substring(CompilerErrorsHeader.Length).Trim() == "expected";
            }
        }

        // The folder names the library: KubernetesClient.Records/ is StandIn.KubernetesClientRecords.
        var folder = name.Contains('/', StringComparison.Ordinal) ? name.Substring(0, name.IndexOf('/', StringComparison.Ordinal)) : string.Empty;
        if (standIn is null && Enum.TryParse<StandIn>(folder.Replace(".", string.Empty, StringComparison.Ordinal), out var byFolder))
        {
            standIn = byFolder;
        }

        return new CorpusFile(
            name,
            markup,
            standIn ?? throw new InvalidOperationException($"Corpus file {name} is in no library's folder and has no '{StandInHeader}' header."),
            options.ToImmutable(),
            allowCompilerErrors);
    }
}
