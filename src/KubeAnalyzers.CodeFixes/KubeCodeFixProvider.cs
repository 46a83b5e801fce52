using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>One fix a provider offers for a diagnostic: its title and its equivalence key.</summary>
    public readonly struct FixOffer
    {
        public FixOffer(string equivalenceKey, string title)
        {
            EquivalenceKey = equivalenceKey;
            Title = title;
        }

        public string EquivalenceKey { get; }

        public string Title { get; }
    }

    /// <summary>
    /// The base of every KubeAnalyzers fix: offers fixes per diagnostic, applies them through one
    /// <see cref="DocumentEditor"/> per document, and fixes all occurrences (document, project, solution)
    /// with the same editor, so that edits in one initializer never conflict.
    /// </summary>
    public abstract class KubeCodeFixProvider : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider()
            => FixAllProvider.Create(
                async (context, document, diagnostics) =>
                {
                    var fixes = diagnostics
                        .Select(d => (Diagnostic: d, Key: FixAllKey(d, context)))
                        .Where(f => f.Key is not null)
                        .Select(f => (f.Diagnostic, f.Key!))
                        .ToImmutableArray();
                    return fixes.IsEmpty ? document : await ApplyAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
                });

        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var offer in GetOffers(diagnostic))
                {
                    var key = offer.EquivalenceKey;
                    context.RegisterCodeFix(
                        CodeAction.Create(offer.Title, ct => ApplyAsync(context.Document, ImmutableArray.Create((diagnostic, key)), ct), key),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>The fixes this provider offers for a diagnostic (none when the code does not allow one).</summary>
        protected abstract IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic);

        /// <summary>Applies the fix <paramref name="equivalenceKey"/> for one diagnostic; <paramref name="target"/> is the reported node.</summary>
        protected abstract void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey);

        /// <summary>
        /// The fix Fix All applies to one diagnostic. Normally the requested fix, where the diagnostic offers it.
        /// <c>dotnet format analyzers</c> asks instead with the key of the first diagnostic it met, which may be
        /// another rule's, or with none at all (when it meets a rule this provider does not fix first): when the
        /// requested key names none of the rules being fixed, each diagnostic gets its first fix.
        /// </summary>
        private string? FixAllKey(Diagnostic diagnostic, FixAllContext context)
        {
            var requested = context.CodeActionEquivalenceKey;
            var offers = GetOffers(diagnostic).Select(o => o.EquivalenceKey).ToList();
            var requestNamesAFixedRule = requested is not null && context.DiagnosticIds.Any(id => requested.StartsWith(id + "_", StringComparison.Ordinal));
            return requestNamesAFixedRule
                ? offers.FirstOrDefault(key => key == requested)
                : offers.FirstOrDefault();
        }

        private async Task<Document> ApplyAsync(Document document, ImmutableArray<(Diagnostic Diagnostic, string EquivalenceKey)> fixes, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var root = editor.OriginalRoot;
            foreach (var (diagnostic, equivalenceKey) in fixes.OrderBy(f => f.Diagnostic.Location.SourceSpan.Start))
            {
                if (FindNode(root, diagnostic.Location) is { } target)
                {
                    Apply(editor, target, diagnostic, equivalenceKey);
                }
            }

            return editor.GetChangedDocument();
        }

        /// <summary>
        /// The node at a diagnostic's location: the outermost node with exactly its span, so that a positional
        /// argument <c>8080</c> is the argument, not its literal.
        /// </summary>
        protected static SyntaxNode? FindNode(SyntaxNode root, Location location)
        {
            var span = location.SourceSpan;
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            if (node.Span != span)
            {
                return null;
            }

            while (node.Parent is { } parent && parent.Span == span)
            {
                node = parent;
            }

            return node;
        }
    }
}
