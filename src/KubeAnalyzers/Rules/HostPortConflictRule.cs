using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using KubeAnalyzers.Model;
using KubeAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// K8S4001, at compilation end: two workloads of the compilation claim an overlapping <c>protocol/hostIP:port</c>,
    /// so that their pods never share a node. Each block adds its workloads' claims; the end pairs them by
    /// protocol and port, which keeps the work linear in the number of claims but for workloads sharing a port.
    /// Workloads built as <see cref="Alternatives"/> (two arms of one switch expression) are never both deployed.
    /// </summary>
    internal sealed class HostPortConflictRule
    {
        private readonly ConcurrentQueue<Claimant> _claimants = new();

        /// <summary>Records a workload's host claims, when it is a workload that runs pods and claims any.</summary>
        public void Add(WorkloadModel workload)
        {
            if (workload.Kind is WorkloadKind.Fragment or WorkloadKind.PodTemplate || !workload.ClaimsHostPorts)
            {
                return;
            }

            var claims = HostClaims.Of(workload);
            if (claims.Count > 0)
            {
                _claimants.Enqueue(new Claimant(workload, claims));
            }
        }

        public void Report(CompilationAnalysisContext context, OptionsCache options) => Report(context.ReportDiagnostic, options);

        public void Report(Action<Diagnostic> report, OptionsCache options)
        {
            if (_claimants.IsEmpty)
            {
                return;
            }

            var claimants = new List<Claimant>(_claimants);
            claimants.Sort((a, b) => CompareLocations(a.Workload.Syntax, b.Workload.Syntax));

            var byPort = new Dictionary<(string Protocol, int Port), List<(int Claimant, HostClaim Claim)>>();
            for (var i = 0; i < claimants.Count; i++)
            {
                foreach (var claim in claimants[i].Claims)
                {
                    var key = (claim.Protocol, claim.Port);
                    if (!byPort.TryGetValue(key, out var list))
                    {
                        byPort[key] = list = new List<(int, HostClaim)>();
                    }

                    list.Add((i, claim));
                }
            }

            var reported = new HashSet<(int, int)>();
            var pairs = new List<(int First, int Second, HostClaim FirstClaim, HostClaim SecondClaim)>();
            foreach (var group in byPort.Values)
            {
                for (var a = 0; a < group.Count; a++)
                {
                    for (var b = a + 1; b < group.Count; b++)
                    {
                        var (first, firstClaim) = group[a];
                        var (second, secondClaim) = group[b];
                        if (first != second && firstClaim.Member != secondClaim.Member && firstClaim.Overlaps(secondClaim)
                            && !Alternatives.AreExclusive(claimants[first].Workload.Syntax, claimants[second].Workload.Syntax)
                            && reported.Add((Math.Min(first, second), Math.Max(first, second))))
                        {
                            pairs.Add(first < second ? (first, second, firstClaim, secondClaim) : (second, first, secondClaim, firstClaim));
                        }
                    }
                }
            }

            pairs.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second));
            foreach (var (first, second, firstClaim, secondClaim) in pairs)
            {
                var earlier = claimants[first].Workload;
                var later = claimants[second].Workload;
                var nodeCount = options.Get(secondClaim.Member.SyntaxTree).NodeCount;
                report(Diagnostic.Create(
                    Descriptors.HostPortConflict,
                    secondClaim.Member.GetLocation(),
                    new[] { firstClaim.Member.GetLocation() },
                    later.Describe(),
                    secondClaim.ToString(),
                    earlier.Describe(),
                    Consequence(earlier, later, nodeCount)));
            }
        }

        /// <summary>What the conflict costs: who is blocked by a DaemonSet, and with node_count, how many pods cannot be placed.</summary>
        private static string Consequence(WorkloadModel earlier, WorkloadModel later, int? nodeCount)
        {
            var daemonSet = earlier.Kind == WorkloadKind.DaemonSet ? earlier : later.Kind == WorkloadKind.DaemonSet ? later : null;
            var other = ReferenceEquals(daemonSet, earlier) ? later : earlier;
            var text = string.Empty;
            if (daemonSet is not null)
            {
                text = $"; {daemonSet.Describe()} runs on every node, so {other.Describe()} can never be scheduled on a node that runs it";
            }

            if (nodeCount is { } nodes)
            {
                int? unplaced = daemonSet is not null
                    ? (other.Kind == WorkloadKind.DaemonSet ? nodes : other.PodCount)
                    : earlier.PodCount + later.PodCount - nodes;
                if (unplaced is { } count && count > 0)
                {
                    text += $"; with {nodes.ToString(CultureInfo.InvariantCulture)} node{(nodes == 1 ? string.Empty : "s")}, {ReplicasAboveNodeCountRule.Pods(count)} cannot be placed";
                }
            }

            return text;
        }

        private static int CompareLocations(SyntaxNode a, SyntaxNode b)
        {
            var byPath = string.CompareOrdinal(a.SyntaxTree.FilePath, b.SyntaxTree.FilePath);
            return byPath != 0 ? byPath : a.SpanStart.CompareTo(b.SpanStart);
        }

        private sealed class Claimant
        {
            public Claimant(WorkloadModel workload, List<HostClaim> claims)
            {
                Workload = workload;
                Claims = claims;
            }

            public WorkloadModel Workload { get; }

            public List<HostClaim> Claims { get; }
        }
    }
}
