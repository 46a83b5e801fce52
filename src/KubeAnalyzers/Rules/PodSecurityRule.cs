using KubeAnalyzers.Model;
using KubeAnalyzers.Options;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S0001: with a baseline or restricted Pod Security level, host namespaces and non-allow-listed host ports are rejected.</summary>
    internal static class PodSecurityRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var level = context.Options.PodSecurityLevel;
            if (level is not (PodSecurityLevel.Baseline or PodSecurityLevel.Restricted))
            {
                return;
            }

            var levelName = level == PodSecurityLevel.Baseline ? "baseline" : "restricted";
            var pod = workload.Pod;
            ReportHostNamespace(pod.HostNetwork, "hostNetwork");
            ReportHostNamespace(pod.HostPID, "hostPID");
            ReportHostNamespace(pod.HostIPC, "hostIPC");

            foreach (var container in pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    var hostPort = port.HostPort;
                    if (hostPort.IsKnown && hostPort.Value != 0 && !context.Options.AllowedHostPorts.Contains(hostPort.Value) && hostPort.Member is { } member)
                    {
                        context.Report(Descriptors.PodSecurity, member, RuleContext.Field("hostPort"), levelName, workload.Describe(), $"hostPort {hostPort.Value} is not in kube_analyzers.allowed_host_ports");
                    }
                }
            }

            void ReportHostNamespace(ModelValue<bool> value, string field)
            {
                if (value.Is(true) && value.Member is { } member)
                {
                    context.Report(Descriptors.PodSecurity, member, RuleContext.Field(field), levelName, workload.Describe(), field + " is true");
                }
            }
        }
    }
}
