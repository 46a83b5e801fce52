using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes that change how a workload whose pods claim host ports is scheduled: convert the Deployment to a DaemonSet
    /// (K8S3001, K8S3003), or keep the replicas apart with pod anti-affinity instead of a hostPort (K8S3003). Both are
    /// offered only where the result compiles.
    /// </summary>
    /// <remarks>
    /// <c>dotnet format analyzers</c> tries a rule's providers in the assembly's order (their files' order) and keeps the
    /// changes of the first that makes any: this one comes after <see cref="RolloutCodeFixProvider"/>, so K8S3001 gets "Set
    /// replicas to node_count" from there. For K8S3003 it gets the first offer below, the DaemonSet conversion, in the rule
    /// catalog's order.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SchedulingCodeFixProvider)), Shared]
    public sealed class SchedulingCodeFixProvider : KubeCodeFixProvider
    {
        public const string ConvertAboveNodeCountToDaemonSetKey = "K8S3001_ConvertToDaemonSet";
        public const string ConvertOneNodePerReplicaToDaemonSetKey = "K8S3003_ConvertToDaemonSet";
        public const string UseAntiAffinityKey = "K8S3003_UseAntiAffinity";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReplicasAboveNodeCount, RuleIds.OneNodePerReplica);

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            var isDeployment = diagnostic.Properties.TryGetValue(RuleContext.KindProperty, out var kind) && kind == "Deployment";
            switch (diagnostic.Id)
            {
                case RuleIds.ReplicasAboveNodeCount when isDeployment:
                    yield return new FixOffer(ConvertAboveNodeCountToDaemonSetKey, "Convert to a DaemonSet");
                    break;
                case RuleIds.OneNodePerReplica:
                    if (isDeployment)
                    {
                        yield return new FixOffer(ConvertOneNodePerReplicaToDaemonSetKey, "Convert to a DaemonSet");
                    }

                    if (diagnostic.Properties.TryGetValue(AntiAffinityTargets.LabelsProperty, out var labels) && !LabelList.Parse(labels).IsEmpty)
                    {
                        yield return new FixOffer(UseAntiAffinityKey, "Replace hostPort with pod anti-affinity on " + AntiAffinityEdit.HostnameTopology);
                    }

                    break;
            }
        }

        protected override async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                return false;
            }

            if (equivalenceKey == UseAntiAffinityKey)
            {
                return AntiAffinityEdit.Create(model, diagnostic, AdditionalNodes(root, diagnostic), cancellationToken) is not null;
            }

            return FindNode(root, diagnostic.Location) is { } target
                && DaemonSetConversion.Plan(model, target, cancellationToken) is { } conversion
                && await conversion.CallersAcceptAsync(document.Project.Solution, cancellationToken).ConfigureAwait(false);
        }

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
        {
            if (equivalenceKey == UseAntiAffinityKey)
            {
                AntiAffinityEdit.Create(editor.SemanticModel, diagnostic, AdditionalNodes(editor.OriginalRoot, diagnostic), CancellationToken.None)?.Apply(editor);
            }
            else
            {
                DaemonSetConversion.Plan(editor.SemanticModel, target, CancellationToken.None)?.Apply(editor);
            }
        }

        private static List<SyntaxNode?> AdditionalNodes(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.AdditionalLocations.Select(location => FindNode(root, location)).ToList();
    }
}
