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

        private readonly System.Func<SyntaxTree, KubeOptions> _read;

        public OptionsCache(AnalyzerConfigOptionsProvider provider)
        {
            _provider = provider;
            _read = tree => KubeOptions.Read(_provider.GetOptions(tree));
        }

        /// <summary>The tree's options; the reading delegate is made once, not at every block.</summary>
        public KubeOptions Get(SyntaxTree tree) => _byTree.GetOrAdd(tree, _read);
    }
}
