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
                    var fixes = ImmutableArray.CreateBuilder<(Diagnostic, string)>();
                    foreach (var diagnostic in diagnostics)
                    {
                        foreach (var key in FixAllKeys(diagnostic, context))
                        {
                            if (await CanApplyAsync(document, diagnostic, key, context.CancellationToken).ConfigureAwait(false))
                            {
                                fixes.Add((diagnostic, key));
                                break;
                            }
                        }
                    }

                    return fixes.Count == 0 ? document : await ApplyAsync(document, fixes.ToImmutable(), context.CancellationToken).ConfigureAwait(false);
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
                        CodeAction.Create(offer.Title, ct => ApplyAsync(context.Document, ImmutableArray.Create((diagnostic, key)), ct), key),
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

        /// <summary>
        /// The fixes Fix All may apply to one diagnostic, in order: the first that <see cref="CanApplyAsync"/> allows is applied.
        /// Normally the requested fix, where the diagnostic offers it. <c>dotnet format analyzers</c> asks instead with the key
        /// of the first diagnostic it met, which may be another rule's, or with none at all (when it meets a rule this provider
        /// does not fix first): when the requested key names none of the rules being fixed, each diagnostic gets its first fix.
        /// </summary>
        private IEnumerable<string> FixAllKeys(Diagnostic diagnostic, FixAllContext context)
        {
            var requested = context.CodeActionEquivalenceKey;
            var offers = GetOffers(diagnostic).Select(o => o.EquivalenceKey);
            var requestNamesAFixedRule = requested is not null && context.DiagnosticIds.Any(id => requested.StartsWith(id + "_", StringComparison.Ordinal));
            return requestNamesAFixedRule ? offers.Where(key => key == requested) : offers;
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
