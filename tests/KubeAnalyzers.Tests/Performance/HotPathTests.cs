using System.Linq;
using System.Reflection;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Model;
using Xunit;

namespace KubeAnalyzers.Tests.Performance;

/// <summary>
/// The methods that run for every operation, block and workload are compiled optimized at their first call
/// (<see cref="HotPath.Optimized"/>): the flag must reach the metadata as the runtime's AggressiveOptimization, and the
/// once-per-compilation methods must stay with tiered compilation.
/// </summary>
public class HotPathTests
{
    [Fact]
    public void Optimized_IsTheRuntimesAggressiveOptimizationFlag()
        => Assert.Equal((int)MethodImplAttributes.AggressiveOptimization, (int)HotPath.Optimized);

    [Theory]
    [InlineData(typeof(BlockAnalysis), "OnOperation")]
    [InlineData(typeof(BlockAnalysis), "OnBlock")]
    [InlineData(typeof(BlockAnalysis), "Analyze")]
    [InlineData(typeof(FrontEndSet), "TryGetKind")]
    [InlineData(typeof(GraphBuilder), "EvaluateCore")]
    [InlineData(typeof(LocalValues), "Visit")]
    [InlineData(typeof(WorkloadBuilder), "Build")]
    [InlineData(typeof(KubeAnalyzers.Rules.HostPortRule), "Analyze")]
    public void PerOperationAndPerBlockMethods_AreCompiledOptimized(System.Type type, string name)
        => Assert.True(IsOptimized(type, name), $"{type.Name}.{name} should be marked [MethodImpl(HotPath.Optimized)].");

    [Theory]
    [InlineData(typeof(FrontEndSet), "Create")]
    [InlineData(typeof(FrontEndSet), "MayBeUsed")]
    [InlineData(typeof(KubernetesClientFrontEnd), "TryCreate")]
    [InlineData(typeof(PulumiFrontEnd), "TryCreate")]
    [InlineData(typeof(KubeAnalyzers.Rules.HostPortConflictRule), "Report")]
    public void OncePerCompilationMethods_AreLeftToTieredCompilation(System.Type type, string name)
        => Assert.False(IsOptimized(type, name), $"{type.Name}.{name} runs once per compilation; optimizing it at first call only costs JIT time.");

    private static bool IsOptimized(System.Type type, string name)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(method => method.Name == name)
            .ToList();
        Assert.NotEmpty(methods);
        return methods.All(method => (method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0);
    }
}
