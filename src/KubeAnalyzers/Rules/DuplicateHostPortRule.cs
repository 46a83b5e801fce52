using System.Collections.Generic;
using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// K8S1003: the API server's uniqueness check on <c>protocol/hostIP/hostPort</c>: across the regular containers
    /// together, and within each init container. The protocol is compared after defaulting (empty is TCP); the
    /// hostIP as written.
    /// </summary>
    internal static class DuplicateHostPortRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var regular = new Dictionary<(string Protocol, string HostIP, int HostPort), ContainerModel>();
            foreach (var container in workload.Pod.Containers)
            {
                switch (container.Role)
                {
                    case ContainerRole.Regular:
                        Check(container, regular, context);
                        break;
                    case ContainerRole.Init:
                        Check(container, new Dictionary<(string, string, int), ContainerModel>(), context);
                        break;
                }
            }
        }

        private static void Check(ContainerModel container, Dictionary<(string Protocol, string HostIP, int HostPort), ContainerModel> claimed, RuleContext context)
        {
            foreach (var port in container.Ports)
            {
                if (!TryGetKey(port, out var key) || port.HostPort.Member is not { } member)
                {
                    continue;
                }

                if (claimed.TryGetValue(key, out var first))
                {
                    var owner = ReferenceEquals(first, container) ? "another port of container " + container.Describe() : "container " + first.Describe();
                    context.Report(Descriptors.DuplicateHostPort, member, properties: null, key.HostPort, port.DescribeHostEndpoint(), owner);
                }
                else
                {
                    claimed.Add(key, container);
                }
            }
        }

        private static bool TryGetKey(PortModel port, out (string Protocol, string HostIP, int HostPort) key)
        {
            key = default;
            if (!port.HostPort.IsKnown || port.HostPort.Value == 0 || port.Protocol.IsUnknown || port.HostIP.IsUnknown)
            {
                return false;
            }

            var protocol = port.Protocol.IsKnown && !string.IsNullOrEmpty(port.Protocol.Value) ? port.Protocol.Value : "TCP";
            var hostIP = port.HostIP.IsKnown ? port.HostIP.Value ?? string.Empty : string.Empty;
            key = (protocol, hostIP, port.HostPort.Value);
            return true;
        }
    }
}
