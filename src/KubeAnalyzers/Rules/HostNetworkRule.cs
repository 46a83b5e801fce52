using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S2001: hostNetwork is true.</summary>
    internal static class HostNetworkRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var hostNetwork = workload.Pod.HostNetwork;
            if (hostNetwork.Is(true) && hostNetwork.Member is { } member)
            {
                context.Report(Descriptors.HostNetwork, member, properties: null, workload.Describe());
            }
        }
    }
}
