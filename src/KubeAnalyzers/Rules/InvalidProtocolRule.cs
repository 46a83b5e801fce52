using System.Collections.Immutable;
using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S1005: a known protocol other than TCP, UDP and SCTP (exact case); empty defaults to TCP.</summary>
    internal static class InvalidProtocolRule
    {
        /// <summary>The property that carries the upper-case protocol for the fix, when there is one.</summary>
        public const string UpperCaseProperty = "UpperCaseProtocol";

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    if (port.Protocol is not { IsKnown: true, Value: { Length: > 0 } protocol, Member: { } member } || IsValid(protocol))
                    {
                        continue;
                    }

                    var upper = protocol.ToUpperInvariant();
                    var properties = IsValid(upper) ? ImmutableDictionary<string, string?>.Empty.Add(UpperCaseProperty, upper) : null;
                    context.Report(Descriptors.InvalidProtocol, member, properties, port.Protocol.DescribeQuoted());
                }
            }
        }

        private static bool IsValid(string protocol) => protocol is "TCP" or "UDP" or "SCTP";
    }
}
