using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>
    /// K8S3001 and K8S3003: a Deployment whose pods claim host ports runs at most one pod per node; when that is the intent, a
    /// DaemonSet says so. Converts the Deployment (KubernetesClient, both shapes); offered only when the result compiles.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DaemonSetCodeFixProvider)), Shared]
    public sealed class DaemonSetCodeFixProvider : KubeCodeFixProvider
    {
        public const string ConvertAboveNodeCountToDaemonSetKey = "K8S3001_ConvertToDaemonSet";
        public const string ConvertOneNodePerReplicaToDaemonSetKey = "K8S3003_ConvertToDaemonSet";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReplicasAboveNodeCount, RuleIds.OneNodePerReplica);

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(RuleContext.KindProperty, out var kind) || kind != "Deployment")
            {
                yield break;
            }

            switch (diagnostic.Id)
            {
                case RuleIds.ReplicasAboveNodeCount:
                    yield return new FixOffer(ConvertAboveNodeCountToDaemonSetKey, "Convert to a DaemonSet");
                    break;
                case RuleIds.OneNodePerReplica:
                    yield return new FixOffer(ConvertOneNodePerReplicaToDaemonSetKey, "Convert to a DaemonSet");
                    break;
            }
        }

        protected override async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || FindNode(root, diagnostic.Location) is not { } target
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
                || DaemonSetConversion.Plan(model, target, cancellationToken) is not { } conversion)
            {
                return false;
            }

            return await conversion.CallersAcceptAsync(document.Project.Solution, cancellationToken).ConfigureAwait(false);
        }

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
            => DaemonSetConversion.Plan(editor.SemanticModel, target, CancellationToken.None)?.Apply(editor);
    }
}
