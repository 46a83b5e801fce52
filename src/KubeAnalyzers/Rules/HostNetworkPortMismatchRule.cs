using System.Collections.Immutable;
using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S2002: under hostNetwork, a regular container's non-zero hostPort must equal its containerPort.</summary>
    internal static class HostNetworkPortMismatchRule
    {
        /// <summary>The property that carries the containerPort, as the code should write it, for the "set hostPort" fix.</summary>
        public const string ContainerPortProperty = "ContainerPort";

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (!workload.Pod.HostNetwork.Is(true))
            {
                return;
            }

            foreach (var container in workload.Pod.Containers)
            {
                if (container.Role != ContainerRole.Regular)
                {
                    continue;
                }

                foreach (var port in container.Ports)
                {
                    if (port.HostPort is { IsKnown: true, Value: var hostPort, Member: { } member }
                        && hostPort != 0
                        && port.ContainerPort is { IsKnown: true, Value: var containerPort }
                        && hostPort != containerPort)
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty
                            .Add(RuleContext.FieldProperty, "hostPort")
                            .Add(ContainerPortProperty, ValueText(port.ContainerPort));
                        context.Report(Descriptors.HostNetworkPortMismatch, member, properties, hostPort, containerPort);
                    }
                }
            }
        }

        /// <summary>
        /// The containerPort as the fix should write it: its own expression when that is a literal or a constant's
        /// name (<c>MetricsPort</c>), otherwise the number.
        /// </summary>
        private static string ValueText(ModelValue<int> containerPort)
        {
            var text = containerPort.Expression?.ToString() ?? string.Empty;
            return IsSimpleName(text) ? text : containerPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static bool IsSimpleName(string text)
        {
            if (text.Length == 0 || text.Length > 100)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '.'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
