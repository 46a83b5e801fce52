using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Robustness;

/// <summary>Each corpus program produces exactly the diagnostics its markup states, of every rule.</summary>
public class CorpusTests
{
    public static TheoryData<string> Files => new(CorpusFile.All.Select(file => file.Name));

    [Theory]
    [MemberData(nameof(Files))]
    public Task CorpusFile_ReportsExactlyItsMarkup(string file)
    {
        var corpus = CorpusFile.Get(file);
        return new KubeTest(corpus.StandIn, CorpusFile.AllIds)
        {
            TestCode = corpus.Markup,
            EditorConfig = corpus.EditorConfig,
            AllowCompilerErrors = corpus.AllowCompilerErrors,
        }.RunAsync();
    }

    [Fact]
    public void Corpus_HasSixtyFilesOrMore_InBothClientShapes_AndIsNotCompiledIntoTheTests()
    {
        Assert.True(CorpusFile.All.Length >= 60, $"The corpus has {CorpusFile.All.Length} files; it should have 60 or more.");
        Assert.Contains(CorpusFile.All, file => file.StandIn == StandIn.KubernetesClientRecords);
        Assert.Contains(CorpusFile.All, file => file.StandIn == StandIn.KubernetesClientClasses);

        // Compiled into the tests, the corpus would need KubernetesClient (and not build without it).
        Assert.DoesNotContain(typeof(CorpusTests).Assembly.GetReferencedAssemblies(), name => name.Name == "KubernetesClient");
    }
}
