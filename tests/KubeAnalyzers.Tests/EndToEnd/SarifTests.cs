using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>The SARIF 2.1 log the compiler writes with <c>-p:ErrorLog=build.sarif%2Cversion=2.1</c>, for the configured build.</summary>
[Collection(EndToEndCollection.Name)]
public class SarifTests(PackedPackage package)
{
    [Fact]
    public async Task ErrorLog_ListsEveryRule_WithTitleCategoryAndHelpUri()
    {
        using var log = await ReadLogAsync();
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("K8S", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!);

        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), rules.Keys.Order());
        foreach (var descriptor in Descriptors.All)
        {
            var rule = rules[descriptor.Id];
            Assert.Equal($"https://github.com/kubeanalyzers/kubeanalyzers/blob/main/docs/rules/{descriptor.Id}.md", rule.GetProperty("helpUri").GetString());
            Assert.Equal(descriptor.Title.ToString(), rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Category, rule.GetProperty("properties").GetProperty("category").GetString());
        }
    }

    /// <summary>
    /// Every K8S result with its level and place, including the two K8S1001 the source suppresses: the log
    /// keeps them, marked as suppressed in source, where MSBuild prints nothing.
    /// </summary>
    [Fact]
    public async Task ErrorLog_ListsTheResults_WithLevelFileLineAndColumn_AndTheSuppressedOnes()
    {
        var (project, _) = await BuildTests.ConfiguredBuildAsync(package);
        using var log = await ReadLogAsync();
        var results = Run(log).GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("K8S", StringComparison.Ordinal))
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var file = Path.GetRelativePath(project.Directory, new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath).Replace('\\', '/');
                var region = location.GetProperty("region");
                var suppressed = r.TryGetProperty("suppressions", out var suppressions)
                    ? " suppressed " + string.Join(", ", suppressions.EnumerateArray().Select(s => s.GetProperty("kind").GetString()))
                    : "";
                return $"{file}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): {r.GetProperty("level").GetString()} {r.GetProperty("ruleId").GetString()}{suppressed}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "Ingress.cs(14,59): warning K8S1001 suppressed inSource",
                "Ingress.cs(9,87): warning K8S1001 suppressed inSource",
                "NodeExporter.cs(21,21): error K8S2001",
                "NodeExporter.cs(21,21): warning K8S2003",
                "Web.cs(12,13): warning K8S3001",
                "Web.cs(12,13): warning K8S3002",
                "Web.cs(26,92): warning K8S1001",
                "Web.cs(27,95): warning K8S1004",
            ],
            results);
    }

    private async Task<JsonDocument> ReadLogAsync()
    {
        var (project, build) = await BuildTests.ConfiguredBuildAsync(package);
        var path = BuildTests.SarifLog(project);
        if (!File.Exists(path))
        {
            throw new XunitException($"The build wrote no error log at {path}.\n{build}");
        }

        var log = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        return log;
    }

    private static JsonElement Run(JsonDocument log) => Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
}
