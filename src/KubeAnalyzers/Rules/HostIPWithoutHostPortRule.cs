using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S1004: hostIP set while hostPort is absent or 0.</summary>
    internal static class HostIPWithoutHostPortRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    var hostIP = port.HostIP;
                    var hasHostIP = hostIP.IsUnknown || (hostIP.IsKnown && !string.IsNullOrEmpty(hostIP.Value));
                    var hasNoHostPort = !port.HostPort.IsSet || port.HostPort.Is(0);
                    if (hasHostIP && hasNoHostPort && hostIP.Member is { } member)
                    {
                        context.Report(Descriptors.HostIPWithoutHostPort, member, RuleContext.Field("hostIP"), hostIP.DescribeQuoted());
                    }
                }
            }
        }
    }
}
