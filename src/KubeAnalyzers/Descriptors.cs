using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers
{
    /// <summary>The diagnostic descriptors, each built by <see cref="Create"/>.</summary>
    public static class Descriptors
    {
        /// <summary>Where the rule pages live; each descriptor links to <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/kubeanalyzers/kubeanalyzers/blob/main/docs/rules/";

        internal const string HostPortCategory = "Kubernetes.HostPort";
        internal const string HostNetworkCategory = "Kubernetes.HostNetwork";

        public static readonly DiagnosticDescriptor HostPort = Create(
            RuleIds.HostPort,
            HostPortCategory,
            DiagnosticSeverity.Warning,
            title: "hostPort ties the pod to specific nodes",
            message: "hostPort {0} ties the pod to nodes where {1} is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
            description: "A container port with a non-zero hostPort can only be scheduled on a node where that protocol, host IP and port are free, so each node runs at most one such pod. CNI plugins without the portmap capability drop the mapping without an error, and the Pod Security \"baseline\" level rejects host ports that are not allow-listed. A NodePort or LoadBalancer Service exposes the pods without these limits.");

        public static readonly DiagnosticDescriptor HostNetwork = Create(
            RuleIds.HostNetwork,
            HostNetworkCategory,
            DiagnosticSeverity.Warning,
            title: "hostNetwork shares the node's network namespace",
            message: "{0} uses hostNetwork: every port its containers open is opened on the node, where it collides with the node's own services and other pods' ports; Pod Security \"baseline\" rejects it",
            description: "With hostNetwork the pod's containers bind directly on the node's interfaces. Two such pods (or a pod and a node daemon) that open the same port cannot run on one node, the second crashes with \"Address in use\", and the Pod Security \"baseline\" level rejects host namespaces.");

        /// <summary>Every descriptor the analyzers support.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(HostPort, HostNetwork);

        private static DiagnosticDescriptor Create(
            string id,
            string category,
            DiagnosticSeverity severity,
            string title,
            string message,
            string description,
            bool isEnabledByDefault = true,
            params string[] customTags)
            => new(id, title, message, category, severity, isEnabledByDefault, description, HelpLinkBase + id + ".md", customTags);
    }
}
