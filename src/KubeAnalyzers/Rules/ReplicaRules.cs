using System.Collections.Immutable;
using System.Globalization;
using KubeAnalyzers.Model;
using KubeAnalyzers.Options;

namespace KubeAnalyzers.Rules
{
    /// <summary>K8S3001: more pods claiming host ports than <c>kube_analyzers.node_count</c> nodes can hold.</summary>
    internal static class ReplicasAboveNodeCountRule
    {
        /// <summary>The property that carries the node count for the "set the count" fix.</summary>
        public const string NodeCountProperty = "NodeCount";

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (!IsAboveNodeCount(workload, context.Options, out var pods, out var nodes) || workload.Replicas.Member is not { } member)
            {
                return;
            }

            var extra = pods - nodes;
            var outcome = workload.Pod.HostNetwork.Is(true)
                ? $"{Pods(extra)} cannot be placed: {(extra == 1 ? "it" : "they")} would crash with \"Address in use\" on a node that already runs one, or stay Pending"
                : $"{Pods(extra)} cannot be placed and stay{(extra == 1 ? "s" : string.Empty)} Pending";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(NodeCountProperty, nodes.ToString(CultureInfo.InvariantCulture))
                .Add(RuleContext.KindProperty, workload.Kind.ToString());
            context.Report(Descriptors.ReplicasAboveNodeCount, member, properties, workload.Describe(), pods, HostClaims.Describe(workload), nodes, outcome);
        }

        /// <summary>True when the workload claims host ports and runs more pods than the configured node count.</summary>
        internal static bool IsAboveNodeCount(WorkloadModel workload, KubeOptions options, out int pods, out int nodes)
        {
            pods = workload.PodCount ?? 0;
            nodes = options.NodeCount ?? 0;
            return options.NodeCount is not null && workload.IsScaled && workload.PodCount is not null && pods > nodes && workload.ClaimsHostPorts;
        }

        internal static string Pods(int count) => count == 1 ? "1 pod" : count.ToString(CultureInfo.InvariantCulture) + " pods";
    }

    /// <summary>K8S3002: a RollingUpdate whose maxSurge is not 0, for pods that claim host ports.</summary>
    internal static class SurgeOnHostPortsRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (workload.Kind is not (WorkloadKind.Deployment or WorkloadKind.DaemonSet) || !workload.ClaimsHostPorts)
            {
                return;
            }

            var rollout = workload.Rollout;
            if (!rollout.IsRollingUpdate || rollout.MaxSurge.IsUnknown || RolloutModel.IsZero(rollout.MaxSurge))
            {
                return;
            }

            // A DaemonSet's maxSurge defaults to 0; a Deployment's to 25%, which rounds up to at least one pod.
            string surge;
            if (rollout.MaxSurge.IsKnown)
            {
                surge = rollout.MaxSurge.Value;
            }
            else if (workload.Kind == WorkloadKind.Deployment)
            {
                surge = "25% (the default)";
            }
            else
            {
                return;
            }

            var at = rollout.MaxSurge.Member ?? rollout.StrategyMember ?? workload.Replicas.Member ?? workload.SpecSyntax ?? workload.Syntax;
            var advice = workload.Kind == WorkloadKind.Deployment ? "use maxSurge 0 or the Recreate strategy" : "use maxSurge 0";
            context.Report(Descriptors.SurgeOnHostPorts, at, RolloutTargets.Locations(workload), RolloutTargets.Properties(workload), workload.Describe(), surge, HostClaims.Describe(workload), advice);
        }
    }

    /// <summary>K8S3003: replicas > 1 for pods that claim host ports, when K8S3001 is silent.</summary>
    internal static class OneNodePerReplicaRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (!workload.IsScaled || workload.PodCount is not { } pods || pods <= 1 || workload.Replicas.Member is not { } member
                || !workload.ClaimsHostPorts || ReplicasAboveNodeCountRule.IsAboveNodeCount(workload, context.Options, out _, out _))
            {
                return;
            }

            var count = workload.Kind is WorkloadKind.Job or WorkloadKind.CronJob ? $"{pods} parallel pods" : $"{pods} replicas";
            var properties = AntiAffinityTargets.Add(workload, RuleContext.Kind(workload.Kind), out var antiAffinityTargets);
            context.Report(Descriptors.OneNodePerReplica, member, antiAffinityTargets, properties, workload.Describe(), count, HostClaims.Describe(workload));
        }
    }

    /// <summary>K8S3004: negative replicas or parallelism; maxSurge and maxUnavailable both 0.</summary>
    internal static class InvalidRolloutNumbersRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            if (workload.Replicas is { IsKnown: true, Value: < 0, Member: { } member })
            {
                var field = workload.Kind is WorkloadKind.Job or WorkloadKind.CronJob ? "parallelism" : "replicas";
                context.Report(Descriptors.InvalidRolloutNumbers, member, properties: null, $"{field} {workload.Replicas.Value} is negative");
            }

            // The API server's checks run after defaulting: a Deployment's absent values are 25%, a DaemonSet's maxSurge 0 and maxUnavailable 1.
            var rollout = workload.Rollout;
            if (rollout.RollingUpdateSyntax is null || rollout.MaxSurge.IsUnknown || rollout.MaxUnavailable.IsUnknown)
            {
                return;
            }

            var isDaemonSet = workload.Kind == WorkloadKind.DaemonSet;
            var surgeIsZero = rollout.MaxSurge.IsKnown ? RolloutModel.IsZero(rollout.MaxSurge) : isDaemonSet;
            var unavailableIsZero = RolloutModel.IsZero(rollout.MaxUnavailable);
            if (surgeIsZero && unavailableIsZero && rollout.MaxUnavailable.Member is { } unavailable)
            {
                context.Report(Descriptors.InvalidRolloutNumbers, unavailable, properties: null, $"maxUnavailable {rollout.MaxUnavailable.Value} may not be 0 when maxSurge is 0");
            }
            else if (isDaemonSet && !surgeIsZero && !unavailableIsZero && rollout.MaxSurge.Member is { } surge)
            {
                var unavailableText = rollout.MaxUnavailable.IsKnown ? rollout.MaxUnavailable.Value : "1, the default";
                context.Report(Descriptors.InvalidRolloutNumbers, surge, properties: null, $"maxSurge {rollout.MaxSurge.Value} may not be set when maxUnavailable is non-zero ({unavailableText})");
            }
        }
    }

    /// <summary>K8S3005 (disabled by default): a Deployment or StatefulSet below <c>kube_analyzers.min_replicas</c>.</summary>
    internal static class TooFewReplicasRule
    {
        public const string MinReplicasProperty = "MinReplicas";

        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var minimum = context.Options.MinReplicas;
            if (workload.Kind is not (WorkloadKind.Deployment or WorkloadKind.StatefulSet) || workload.PodCount is not { } pods || pods >= minimum || pods < 0)
            {
                return;
            }

            var at = workload.Replicas.Member ?? workload.SpecSyntax ?? workload.Syntax;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(MinReplicasProperty, minimum.ToString(CultureInfo.InvariantCulture));
            if (workload.Replicas.Member is null && workload.SpecSyntax is null)
            {
                // A workload without a spec (Pulumi's args passed to a resource): there is no object to write replicas into.
                properties = properties.Add(RuleContext.NoFixProperty, "true");
            }

            context.Report(Descriptors.TooFewReplicas, at, workload.Replicas.Member is null ? workload.SpecSyntax : null, properties, workload.Describe(), pods, pods == 1 ? string.Empty : "s", minimum);
        }
    }

    /// <summary>Where rollout fixes write: the workload spec, the strategy and the rollingUpdate objects, as additional locations.</summary>
    internal static class RolloutTargets
    {
        public const string HasStrategyProperty = "HasStrategy";
        public const string HasRollingUpdateProperty = "HasRollingUpdate";
        public const string SetMaxUnavailableProperty = "SetMaxUnavailable";

        /// <summary>
        /// [spec, strategy?, rollingUpdate?, the strategy's member that sets rollingUpdate?]; the properties say which are
        /// there (the last two come together).
        /// </summary>
        public static Microsoft.CodeAnalysis.SyntaxNode[] Locations(WorkloadModel workload)
        {
            var rollout = workload.Rollout;
            var spec = workload.SpecSyntax ?? workload.Syntax;
            return (rollout.StrategySyntax, rollout.RollingUpdateSyntax, rollout.RollingUpdateMember) switch
            {
                ({ } strategy, { } rollingUpdate, { } rollingUpdateMember) => new[] { spec, strategy, rollingUpdate, rollingUpdateMember },
                ({ } strategy, _, _) => new[] { spec, strategy },
                _ => new[] { spec },
            };
        }

        public static ImmutableDictionary<string, string?> Properties(WorkloadModel workload)
        {
            var rollout = workload.Rollout;
            var properties = RuleContext.Kind(workload.Kind);
            if (rollout.StrategySyntax is not null)
            {
                properties = properties.Add(HasStrategyProperty, "true");
                if (rollout.RollingUpdateSyntax is not null && rollout.RollingUpdateMember is not null)
                {
                    properties = properties.Add(HasRollingUpdateProperty, "true");
                }
            }

            if (!rollout.MaxUnavailable.IsSet || RolloutModel.IsZero(rollout.MaxUnavailable))
            {
                properties = properties.Add(SetMaxUnavailableProperty, "true");
            }

            // A strategy the analyzer cannot see into (Strategy = someStrategy) cannot be rewritten safely.
            return rollout.StrategyMember is not null && rollout.StrategySyntax is null ? properties.Add(RuleContext.NoFixProperty, "true") : properties;
        }
    }
}
