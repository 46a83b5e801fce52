using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.Options
{
    /// <summary>Reads each syntax tree's options once per compilation.</summary>
    internal sealed class OptionsCache
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<SyntaxTree, KubeOptions> _byTree = new();

        public OptionsCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

        public KubeOptions Get(SyntaxTree tree) => _byTree.GetOrAdd(tree, t => KubeOptions.Read(_provider.GetOptions(t)));
    }
}
