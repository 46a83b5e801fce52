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
    /// <summary>Removes the reported member, so that the field takes its Kubernetes default.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveMemberCodeFixProvider)), Shared]
    public sealed class RemoveMemberCodeFixProvider : KubeCodeFixProvider
    {
        public const string RemoveFieldKey = "K8S0001_RemoveField";
        public const string RemoveHostPortKey = "K8S1001_RemoveHostPort";
        public const string RemoveOutOfRangeHostPortKey = "K8S1002_RemoveHostPort";
        public const string RemoveHostIPKey = "K8S1004_RemoveHostIP";
        public const string RemoveIgnoredHostPortKey = "K8S1006_RemoveHostPort";
        public const string RemoveEphemeralPortsKey = "K8S1007_RemovePorts";
        public const string RemoveHostNetworkKey = "K8S2001_RemoveHostNetwork";
        public const string RemoveMismatchedHostPortKey = "K8S2002_RemoveHostPort";
        public const string RemoveHostUsersKey = "K8S2005_RemoveHostUsers";

        private static readonly ImmutableDictionary<string, FixOffer> Offers = new Dictionary<string, FixOffer>
        {
            [RuleIds.HostPort] = new(RemoveHostPortKey, "Remove hostPort"),
            [RuleIds.HostIPWithoutHostPort] = new(RemoveHostIPKey, "Remove hostIP"),
            [RuleIds.HostPortWithoutPortMapping] = new(RemoveIgnoredHostPortKey, "Remove hostPort"),
            [RuleIds.EphemeralContainerPorts] = new(RemoveEphemeralPortsKey, "Remove ports"),
            [RuleIds.HostNetwork] = new(RemoveHostNetworkKey, "Remove hostNetwork"),
            [RuleIds.HostNetworkPortMismatch] = new(RemoveMismatchedHostPortKey, "Remove hostPort"),
            [RuleIds.HostUsersWithHostNamespace] = new(RemoveHostUsersKey, "Remove hostUsers"),
        }.ToImmutableDictionary();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            Offers.Keys.Concat(new[] { RuleIds.PodSecurity, RuleIds.PortRange }).OrderBy(id => id, System.StringComparer.Ordinal).ToImmutableArray();

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(RuleContext.FieldProperty, out var field);
            switch (diagnostic.Id)
            {
                case RuleIds.PodSecurity when field is not null:
                    yield return new FixOffer(RemoveFieldKey, "Remove " + field);
                    break;
                case RuleIds.PortRange when field == "hostPort":
                    // An out-of-range containerPort has no safe default: only the hostPort can go.
                    yield return new FixOffer(RemoveOutOfRangeHostPortKey, "Remove hostPort");
                    break;
                default:
                    if (Offers.TryGetValue(diagnostic.Id, out var offer))
                    {
                        yield return offer;
                    }

                    break;
            }
        }

        /// <summary>Not offered where the member cannot go on its own (an expression body <c>=&gt; spec.HostNetwork = true</c>).</summary>
        protected override async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
            => FindNode((await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!, diagnostic.Location) is { } target && SyntaxWriter.CanRemoveMember(target);

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
            => SyntaxWriter.RemoveMember(editor, target);
    }
}
