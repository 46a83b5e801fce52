using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S1002: containerPort outside 1–65535; hostPort neither 0 nor in 1–65535.</summary>
    internal static class PortRangeRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    if (port.ContainerPort is { IsKnown: true, Value: var containerPort, Member: { } containerMember } && !IsPort(containerPort))
                    {
                        context.Report(Descriptors.PortRange, containerMember, RuleContext.Field("containerPort"), "containerPort", containerPort);
                    }

                    if (port.HostPort is { IsKnown: true, Value: var hostPort, Member: { } hostMember } && hostPort != 0 && !IsPort(hostPort))
                    {
                        context.Report(Descriptors.PortRange, hostMember, RuleContext.Field("hostPort"), "hostPort", hostPort);
                    }
                }
            }
        }

        internal static bool IsPort(int value) => value >= 1 && value <= 65535;
    }
}
