using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// K8S1006: with <c>kube_analyzers.cni_port_mapping = false</c>, every hostPort is dropped silently; except in a
    /// hostNetwork pod, which listens on the node itself and needs no mapping.
    /// </summary>
    internal static class HostPortWithoutPortMappingRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (context.Options.CniPortMapping || workload.Pod.HostNetwork.Is(true))
            {
                return;
            }

            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    if (port.ClaimsHostPort && port.HostPort.Member is { } member)
                    {
                        context.Report(Descriptors.HostPortWithoutPortMapping, member, RuleContext.Field("hostPort"), port.HostPort.Describe());
                    }
                }
            }
        }
    }
}
