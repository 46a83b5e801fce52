using System.Collections.Generic;
using System.Linq;

namespace KubeAnalyzers.Benchmarks.Generator;

/// <summary>
/// What a piece of generated code is planted to produce: the diagnostics of its own tree by ID, and the host ports
/// its workloads claim, from which the project's K8S4001 pairs (reported at compilation end) are counted.
/// </summary>
public sealed class Planted
{
    private readonly SortedDictionary<string, int> _diagnostics = new(System.StringComparer.Ordinal);
    private readonly List<int> _claimedPorts = [];

    /// <summary>The diagnostics reported in the tree itself, by ID (every rule but K8S4001).</summary>
    public IReadOnlyDictionary<string, int> Diagnostics => _diagnostics;

    /// <summary>One TCP host port per workload that claims one (a hostPort, or a containerPort under hostNetwork).</summary>
    public IReadOnlyList<int> ClaimedPorts => _claimedPorts;

    public Planted Expect(params string[] ids)
    {
        foreach (var id in ids)
        {
            _diagnostics[id] = _diagnostics.GetValueOrDefault(id) + 1;
        }

        return this;
    }

    public Planted Claim(int port)
    {
        _claimedPorts.Add(port);
        return this;
    }

    public void Add(Planted other)
    {
        foreach (var (id, count) in other._diagnostics)
        {
            _diagnostics[id] = _diagnostics.GetValueOrDefault(id) + count;
        }

        _claimedPorts.AddRange(other._claimedPorts);
    }

    /// <summary>K8S4001 pairs among the claims: every two workloads that claim the same port.</summary>
    public int ConflictPairs => _claimedPorts.GroupBy(port => port).Sum(group => group.Count() * (group.Count() - 1) / 2);

    /// <summary>Every diagnostic of a compilation made of this code, by ID: the trees' and the K8S4001 pairs.</summary>
    public SortedDictionary<string, int> All()
    {
        var all = new SortedDictionary<string, int>(_diagnostics, System.StringComparer.Ordinal);
        if (ConflictPairs > 0)
        {
            all[RuleIds.HostPortConflict] = all.GetValueOrDefault(RuleIds.HostPortConflict) + ConflictPairs;
        }

        return all;
    }

    public static string Format(IReadOnlyDictionary<string, int> counts)
        => counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => $"{pair.Key}×{pair.Value}"));
}

