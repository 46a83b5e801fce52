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
                    var key = context.CodeActionEquivalenceKey;
                    if (key is null)
                    {
                        return document;
                    }

                    var fixable = ImmutableArray.CreateBuilder<Diagnostic>();
                    foreach (var diagnostic in diagnostics)
                    {
                        if (GetOffers(diagnostic).Any(o => o.EquivalenceKey == key)
                            && await CanApplyAsync(document, diagnostic, key, context.CancellationToken).ConfigureAwait(false))
                        {
                            fixable.Add(diagnostic);
                        }
                    }

                    return fixable.Count == 0 ? document : await ApplyAsync(document, fixable.ToImmutable(), key, context.CancellationToken).ConfigureAwait(false);
                });

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var offer in GetOffers(diagnostic))
                {
                    var key = offer.EquivalenceKey;
                    if (!await CanApplyAsync(context.Document, diagnostic, key, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(offer.Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), key, ct), key),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes this provider offers for a diagnostic (none when the code does not allow one).</summary>
        protected abstract IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic);

        /// <summary>
        /// Whether an offered fix can be made in the code as it is (a fix that would not compile is not offered, nor applied by
        /// Fix All). Only what the diagnostic's properties cannot say; true by default.
        /// </summary>
        protected virtual Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
            => Task.FromResult(true);

        /// <summary>Applies the fix <paramref name="equivalenceKey"/> for one diagnostic; <paramref name="target"/> is the reported node.</summary>
        protected abstract void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey);

        private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var root = editor.OriginalRoot;
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
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
