using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>Removes the reported member, so that the field takes its Kubernetes default.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveMemberCodeFixProvider)), Shared]
    public sealed class RemoveMemberCodeFixProvider : KubeCodeFixProvider
    {
        public const string RemoveHostPortKey = "K8S1001_RemoveHostPort";
        public const string RemoveHostNetworkKey = "K8S2001_RemoveHostNetwork";

        private static readonly ImmutableDictionary<string, FixOffer> Offers = new Dictionary<string, FixOffer>
        {
            [RuleIds.HostPort] = new(RemoveHostPortKey, "Remove hostPort"),
            [RuleIds.HostNetwork] = new(RemoveHostNetworkKey, "Remove hostNetwork"),
        }.ToImmutableDictionary();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HostPort, RuleIds.HostNetwork);

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            if (Offers.TryGetValue(diagnostic.Id, out var offer))
            {
                yield return offer;
            }
        }

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
            => SyntaxWriter.RemoveMember(editor, target);
    }
}
