using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S2003: hostNetwork with dnsPolicy absent or ClusterFirst falls back to the node's DNS.</summary>
    internal static class HostNetworkDnsPolicyRule
    {
        public const string ClusterFirstWithHostNet = "ClusterFirstWithHostNet";

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var pod = workload.Pod;
            if (!pod.HostNetwork.Is(true) || pod.HostNetwork.Member is not { } member)
            {
                return;
            }

            var dnsPolicy = pod.DnsPolicy;
            if (dnsPolicy.IsUnknown || (dnsPolicy.IsKnown && dnsPolicy.Value != "ClusterFirst"))
            {
                return;
            }

            // The fix rewrites an explicit dnsPolicy (ClusterFirst or null) in place: it travels as an additional location.
            var policy = dnsPolicy.IsKnown ? "\"ClusterFirst\"" : "unset (ClusterFirst)";
            context.Report(Descriptors.HostNetworkDnsPolicy, member, dnsPolicy.Member, properties: null, workload.Describe(), policy);
        }
    }
}
