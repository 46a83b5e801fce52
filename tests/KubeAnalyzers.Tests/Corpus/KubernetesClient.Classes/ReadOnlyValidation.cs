// Validation code that reads v17 models and calls Validate(): nothing is built, nothing is reported.
using System;
using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;

namespace Legacy.Validation
{
    public static class Checks
    {
        public static IReadOnlyList<string> Problems(V1Deployment deployment)
        {
            deployment.Validate();
            var problems = new List<string>();
            var spec = deployment.Spec.Template.Spec;
            if (spec.HostNetwork.GetValueOrDefault() && spec.DnsPolicy != "ClusterFirstWithHostNet")
            {
                problems.Add("hostNetwork without ClusterFirstWithHostNet");
            }

            var hostPorts = spec.Containers.SelectMany(c => c.Ports ?? new List<V1ContainerPort>()).Where(p => p.HostPort.HasValue).Select(p => p.HostPort!.Value);
            problems.AddRange(hostPorts.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => $"duplicate hostPort {g.Key}"));
            return problems;
        }

        public static void ValidateAll(IEnumerable<IValidate> objects)
        {
            foreach (var o in objects)
            {
                o.Validate();
            }
        }

        public static string Surge(V1Deployment d) => d.Spec.Strategy?.RollingUpdate?.MaxSurge?.Value ?? "25%";
    }
}
