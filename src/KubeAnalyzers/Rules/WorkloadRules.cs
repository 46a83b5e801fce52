using System;
using System.Collections.Immutable;
using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>The rules that read one workload at a time, in ID order.</summary>
    internal static class WorkloadRules
    {
        public static readonly ImmutableArray<Action<WorkloadModel, RuleContext>> PerWorkload = ImmutableArray.Create<Action<WorkloadModel, RuleContext>>(
            PodSecurityRule.Analyze,
            HostPortRule.Analyze,
            PortRangeRule.Analyze,
            DuplicateHostPortRule.Analyze,
            HostIPWithoutHostPortRule.Analyze,
            InvalidProtocolRule.Analyze,
            HostPortWithoutPortMappingRule.Analyze,
            EphemeralContainerPortsRule.Analyze,
            HostNetworkRule.Analyze,
            HostNetworkPortMismatchRule.Analyze,
            HostNetworkDnsPolicyRule.Analyze,
            ReservedNodePortRule.Analyze,
            HostUsersRule.Analyze,
            ReplicasAboveNodeCountRule.Analyze,
            SurgeOnHostPortsRule.Analyze,
            OneNodePerReplicaRule.Analyze,
            InvalidRolloutNumbersRule.Analyze,
            TooFewReplicasRule.Analyze);

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            foreach (var rule in PerWorkload)
            {
                rule(workload, context);
            }
        }
    }
}
