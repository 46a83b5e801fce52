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
    /// <summary>Fixes that write a value: the upper-case protocol, hostPort = containerPort, dnsPolicy = ClusterFirstWithHostNet.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetValueCodeFixProvider)), Shared]
    public sealed class SetValueCodeFixProvider : KubeCodeFixProvider
    {
        public const string UseUpperCaseProtocolKey = "K8S1005_UseUpperCaseProtocol";
        public const string SetHostPortToContainerPortKey = "K8S2002_SetHostPortToContainerPort";
        public const string SetClusterFirstWithHostNetKey = "K8S2003_SetClusterFirstWithHostNet";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.InvalidProtocol, RuleIds.HostNetworkPortMismatch, RuleIds.HostNetworkDnsPolicy);

        protected override IEnumerable<FixOffer> GetOffers(Diagnostic diagnostic)
        {
            switch (diagnostic.Id)
            {
                case RuleIds.InvalidProtocol when diagnostic.Properties.TryGetValue(InvalidProtocolRule.UpperCaseProperty, out var upper) && upper is not null:
                    yield return new FixOffer(UseUpperCaseProtocolKey, $"Use \"{upper}\"");
                    break;
                case RuleIds.HostNetworkPortMismatch when diagnostic.Properties.ContainsKey(HostNetworkPortMismatchRule.ContainerPortProperty):
                    yield return new FixOffer(SetHostPortToContainerPortKey, "Set hostPort to containerPort");
                    break;
                case RuleIds.HostNetworkDnsPolicy:
                    yield return new FixOffer(SetClusterFirstWithHostNetKey, "Set dnsPolicy to ClusterFirstWithHostNet");
                    break;
            }
        }

        /// <summary>dnsPolicy is added next to hostNetwork only where a member can be added (not in an expression body).</summary>
        protected override async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
            => equivalenceKey != SetClusterFirstWithHostNetKey
               || diagnostic.AdditionalLocations.Count > 0
               || (FindNode((await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!, diagnostic.Location) is { } target && SyntaxWriter.CanAddMemberAfter(target));

        protected override void Apply(DocumentEditor editor, SyntaxNode target, Diagnostic diagnostic, string equivalenceKey)
        {
            switch (equivalenceKey)
            {
                case UseUpperCaseProtocolKey when diagnostic.Properties.TryGetValue(InvalidProtocolRule.UpperCaseProperty, out var upper) && upper is not null:
                    SyntaxWriter.ReplaceValue(editor, target, SyntaxWriter.StringLiteral(upper));
                    break;
                case SetHostPortToContainerPortKey when diagnostic.Properties.TryGetValue(HostNetworkPortMismatchRule.ContainerPortProperty, out var containerPort) && containerPort is not null:
                    SyntaxWriter.ReplaceValue(editor, target, containerPort);
                    break;
                case SetClusterFirstWithHostNetKey:
                    var value = SyntaxWriter.StringLiteral(HostNetworkDnsPolicyRule.ClusterFirstWithHostNet);
                    if (diagnostic.AdditionalLocations.Count > 0 && FindNode(editor.OriginalRoot, diagnostic.AdditionalLocations[0]) is { } dnsPolicy)
                    {
                        SyntaxWriter.ReplaceValue(editor, dnsPolicy, value);
                    }
                    else
                    {
                        SyntaxWriter.AddMemberAfter(editor, target, "DnsPolicy", "dnsPolicy", value);
                    }

                    break;
            }
        }
    }
}
