using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S1001: a container port with a non-zero hostPort that is not allow-listed.</summary>
    internal static class HostPortRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    if (!port.ClaimsHostPort || port.HostPort.Member is not { } member)
                    {
                        continue;
                    }

                    if (port.HostPort.IsKnown && context.Options.AllowedHostPorts.Contains(port.HostPort.Value))
                    {
                        continue;
                    }

                    context.Report(Descriptors.HostPort, member, properties: null, port.HostPort.Describe(), port.DescribeHostEndpoint());
                }
            }
        }
    }
}
