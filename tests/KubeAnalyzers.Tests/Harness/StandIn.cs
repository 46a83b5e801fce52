using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>The library a test program is written against: a stand-in with the real package's exact shape.</summary>
public enum StandIn
{
    /// <summary>No Kubernetes library: plain .NET.</summary>
    None,

    /// <summary>KubernetesClient v18+: records with <c>required</c> members.</summary>
    KubernetesClientRecords,

    /// <summary>KubernetesClient v7–v17: classes with an all-properties constructor.</summary>
    KubernetesClientClasses,

    /// <summary>Pulumi and Pulumi.Kubernetes: resources with <c>XArgs</c> of <c>Input&lt;T&gt;</c>, <c>InputList&lt;T&gt;</c>, <c>InputMap&lt;V&gt;</c>.</summary>
    Pulumi,

    /// <summary>Pulumi.Kubernetes and KubernetesClient v18+ in one compilation.</summary>
    PulumiAndKubernetesClientRecords,
}

public static class StandIns
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly ConcurrentDictionary<StandIn, ImmutableArray<MetadataReference>> References = new();

    /// <summary>The .NET framework's assemblies plus the stand-in's.</summary>
    public static ImmutableArray<MetadataReference> For(StandIn standIn)
        => References.GetOrAdd(standIn, s => Framework.Value.AddRange(Libraries(s).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))));

    /// <summary>The stand-in assemblies' paths, copied beside the tests by the test project.</summary>
    public static IEnumerable<string> Libraries(StandIn standIn) => standIn switch
    {
        StandIn.None => [],
        StandIn.KubernetesClientRecords => [Library("KubernetesClient.Records", "KubernetesClient.dll")],
        StandIn.KubernetesClientClasses => [Library("KubernetesClient.Classes", "KubernetesClient.dll")],
        StandIn.Pulumi => [Library("Pulumi", "Pulumi.dll"), Library("Pulumi", "Pulumi.Kubernetes.dll")],
        StandIn.PulumiAndKubernetesClientRecords => [.. Libraries(StandIn.Pulumi), .. Libraries(StandIn.KubernetesClientRecords)],
        _ => throw new ArgumentOutOfRangeException(nameof(standIn)),
    };

    private static string Library(string folder, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "standins", folder, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Stand-in {folder} was not copied beside the tests; build the test project.", path);
    }
}
