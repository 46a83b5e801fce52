using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>Replica and rollout fixes: set the count, set maxSurge 0 (and maxUnavailable 1), use Recreate.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RolloutCodeFixProvider)), Shared]
    public sealed class RolloutCodeFixProvider : KubeCodeFixProvider
    {
        public const string SetReplicasToNodeCountKey = "K8S3001_SetReplicasToNodeCount";
        public const string SetMaxSurgeToZeroKey = "K8S3002_SetMaxSurgeToZero";
        public const string UseRecreateKey = "K8S3002_UseRecreate";
        public const string SetReplicasToMinimumKey = "K8S3005_SetReplicasToMinimum";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.ReplicasAboveNodeCount, RuleIds.SurgeOnHostPorts, RuleIds.TooFewReplicas);

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            switch (diagnostic.Id)
            {
                case RuleIds.ReplicasAboveNodeCount when properties.TryGetValue(ReplicasAboveNodeCountRule.NodeCountProperty, out var nodes):
                    var field = properties.TryGetValue(RuleContext.KindProperty, out var kind) && kind is "Job" or "CronJob" ? "parallelism" : "replicas";
                    yield return new FixOffer(SetReplicasToNodeCountKey, $"Set {field} to {nodes}");
                    break;
                case RuleIds.SurgeOnHostPorts when !properties.ContainsKey(RuleContext.NoFixProperty):
                    yield return new FixOffer(SetMaxSurgeToZeroKey, "Set maxSurge to 0");
                    if (properties.TryGetValue(RuleContext.KindProperty, out var workloadKind) && workloadKind == "Deployment")
                    {
                        yield return new FixOffer(UseRecreateKey, "Use the Recreate strategy");
                    }

                    break;
                case RuleIds.TooFewReplicas when !properties.ContainsKey(RuleContext.NoFixProperty) && properties.TryGetValue(TooFewReplicasRule.MinReplicasProperty, out var minimum):
                    yield return new FixOffer(SetReplicasToMinimumKey, $"Set replicas to {minimum}");
                    break;
            }
        }

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
        {
            var properties = diagnostic.Properties;
            switch (equivalenceKey)
            {
                case SetReplicasToNodeCountKey when properties.TryGetValue(ReplicasAboveNodeCountRule.NodeCountProperty, out var nodes) && nodes is not null:
                    SyntaxWriter.ReplaceValue(editor, target, nodes);
                    break;

                case SetReplicasToMinimumKey when properties.TryGetValue(TooFewReplicasRule.MinReplicasProperty, out var minimum) && minimum is not null:
                    if (diagnostic.AdditionalLocations.Count > 0 && FindNode(editor.OriginalRoot, diagnostic.AdditionalLocations[0]) is { } spec)
                    {
                        SyntaxWriter.SetMember(editor, spec, "Replicas", "replicas", minimum);
                    }
                    else
                    {
                        SyntaxWriter.ReplaceValue(editor, target, minimum);
                    }

                    break;

                case SetMaxSurgeToZeroKey:
                    SetMaxSurgeToZero(editor, diagnostic);
                    break;

                case UseRecreateKey:
                    UseRecreate(editor, diagnostic);
                    break;
            }
        }

        /// <summary>maxSurge 0, and maxUnavailable 1 when it is 0 or absent, written where the rollout is: its rollingUpdate, its strategy, or the spec.</summary>
        private static void SetMaxSurgeToZero(DocumentEditor editor, Diagnostic diagnostic)
        {
            var targets = Targets(editor, diagnostic);
            var setUnavailable = diagnostic.Properties.ContainsKey(RolloutTargets.SetMaxUnavailableProperty);
            var isDaemonSet = diagnostic.Properties.TryGetValue(RuleContext.KindProperty, out var kind) && kind == "DaemonSet";
            var strategyName = isDaemonSet ? "UpdateStrategy" : "Strategy";
            var model = editor.SemanticModel;
            string RollingUpdateMembers(ITypeSymbol? _) => setUnavailable ? "MaxSurge = 0, MaxUnavailable = 1" : "MaxSurge = 0";

            if (targets.RollingUpdate is { } rollingUpdate)
            {
                SyntaxWriter.SetMember(editor, rollingUpdate, "MaxSurge", "maxSurge", "0");
                if (setUnavailable)
                {
                    SyntaxWriter.SetMember(editor, rollingUpdate, "MaxUnavailable", "maxUnavailable", "1");
                }
            }
            else if (targets.Strategy is { } strategy)
            {
                var value = SyntaxWriter.NewObject(model, strategy.SpanStart, model.GetTypeInfo(strategy).Type, "RollingUpdate", RollingUpdateMembers);
                SyntaxWriter.SetMember(editor, strategy, "RollingUpdate", "rollingUpdate", value);
            }
            else if (targets.Spec is { } spec)
            {
                var value = SyntaxWriter.NewObject(model, spec.SpanStart, model.GetTypeInfo(spec).Type, strategyName, strategyType =>
                    "RollingUpdate = " + SyntaxWriter.NewObject(model, spec.SpanStart, strategyType, "RollingUpdate", RollingUpdateMembers));
                SyntaxWriter.SetMember(editor, spec, strategyName, char.ToLowerInvariant(strategyName[0]) + strategyName.Substring(1), value);
            }
        }

        /// <summary>A Deployment strategy of type Recreate, without the rollingUpdate parameters that type forbids.</summary>
        private static void UseRecreate(DocumentEditor editor, Diagnostic diagnostic)
        {
            var targets = Targets(editor, diagnostic);
            var model = editor.SemanticModel;
            if (targets.Strategy is { } strategy)
            {
                SyntaxWriter.SetMember(editor, strategy, "Type", "type", "\"Recreate\"");
                if (targets.RollingUpdateMember is { } rollingUpdateMember)
                {
                    // Wherever the strategy sets it: its initializer, its constructor, or a later assignment (RollingUpdate = local too).
                    SyntaxWriter.RemoveMember(editor, rollingUpdateMember);
                }
            }
            else if (targets.Spec is { } spec)
            {
                var value = SyntaxWriter.NewObject(model, spec.SpanStart, model.GetTypeInfo(spec).Type, "Strategy", _ => "Type = \"Recreate\"");
                SyntaxWriter.SetMember(editor, spec, "Strategy", "strategy", value);
            }
        }

        private static (SyntaxNode? Spec, SyntaxNode? Strategy, SyntaxNode? RollingUpdate, SyntaxNode? RollingUpdateMember) Targets(DocumentEditor editor, Diagnostic diagnostic)
        {
            var root = editor.OriginalRoot;
            var locations = diagnostic.AdditionalLocations;
            SyntaxNode? At(int index) => index < locations.Count ? FindNode(root, locations[index]) : null;
            var spec = At(0);
            var strategy = diagnostic.Properties.ContainsKey(RolloutTargets.HasStrategyProperty) ? At(1) : null;
            var hasRollingUpdate = diagnostic.Properties.ContainsKey(RolloutTargets.HasRollingUpdateProperty);
            return (spec, strategy, hasRollingUpdate ? At(2) : null, hasRollingUpdate ? At(3) : null);
        }
    }
}
