using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S1007: an ephemeral container with one or more ports.</summary>
    internal static class EphemeralContainerPortsRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var container in workload.Pod.Containers)
            {
                if (container.Role == ContainerRole.Ephemeral && container.PortsMember is { } member)
                {
                    context.Report(Descriptors.EphemeralContainerPorts, member, RuleContext.Field("ports"), container.Describe());
                }
            }
        }
    }
}
