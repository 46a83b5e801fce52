using System.Collections.Generic;
using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S2005: hostUsers false with hostNetwork, hostPID or hostIPC true.</summary>
    internal static class HostUsersRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var pod = workload.Pod;
            if (!pod.HostUsers.Is(false) || pod.HostUsers.Member is not { } member)
            {
                return;
            }

            var namespaces = new List<string>(3);
            if (pod.HostNetwork.Is(true))
            {
                namespaces.Add("hostNetwork");
            }

            if (pod.HostPID.Is(true))
            {
                namespaces.Add("hostPID");
            }

            if (pod.HostIPC.Is(true))
            {
                namespaces.Add("hostIPC");
            }

            if (namespaces.Count > 0)
            {
                var what = namespaces.Count == 1
                    ? namespaces[0] + " is true"
                    : string.Join(", ", namespaces.GetRange(0, namespaces.Count - 1)) + " and " + namespaces[namespaces.Count - 1] + " are true";
                context.Report(Descriptors.HostUsersWithHostNamespace, member, RuleContext.Field("hostUsers"), what);
            }
        }
    }
}
