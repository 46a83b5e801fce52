using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>
/// <c>dotnet build</c> of a project that installs the packed package as the README says: the exact K8S
/// warnings and errors, with file and line, by default, under <c>-warnaserror</c>, and with severities,
/// options and suppressions in <c>.editorconfig</c> and in the source.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class BuildTests(PackedPackage package)
{
    [Fact]
    public async Task ReadmeInstall_Build_ReportsTheWarnings_AndSucceeds()
    {
        var project = package.CreateProject("Defaults", UserCode.Files());

        var build = await project.BuildAsync();

        project.AssertDiagnostics(
            build,
            "NodeExporter.cs(21,21): warning K8S2001",
            "NodeExporter.cs(21,21): warning K8S2003",
            "NodeExporter.cs(28,82): warning K8S1001",
            "Web.cs(12,13): warning K8S3002",
            "Web.cs(26,92): warning K8S1001",
            "Web.cs(27,95): warning K8S1004");
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public async Task WarnAsError_Build_ReportsTheSameDiagnosticsAsErrors_AndFails()
    {
        var project = package.CreateProject("WarnAsError", UserCode.Files());

        var build = await project.BuildAsync("-warnaserror");

        project.AssertDiagnostics(
            build,
            "NodeExporter.cs(21,21): error K8S2001",
            "NodeExporter.cs(21,21): error K8S2003",
            "NodeExporter.cs(28,82): error K8S1001",
            "Web.cs(12,13): error K8S3002",
            "Web.cs(26,92): error K8S1001",
            "Web.cs(27,95): error K8S1004");
        Assert.True(build.ExitCode != 0, build.ToString());
    }

    /// <summary>
    /// K8S2001 raised to error fails the build; node_count = 1 adds K8S3001 to the three web replicas;
    /// allowed_host_ports = 9100, for NodeExporter.cs only, silences its K8S1001 while Web.cs keeps its own.
    /// </summary>
    [Fact]
    public async Task EditorConfig_Build_AppliesSeveritiesAndOptions_AndSourceSuppressionsHold()
    {
        var (project, build) = await ConfiguredBuildAsync(package);

        project.AssertDiagnostics(
            build,
            "NodeExporter.cs(21,21): error K8S2001",
            "NodeExporter.cs(21,21): warning K8S2003",
            "Web.cs(12,13): warning K8S3001",
            "Web.cs(12,13): warning K8S3002",
            "Web.cs(26,92): warning K8S1001",
            "Web.cs(27,95): warning K8S1004");
        Assert.True(build.ExitCode != 0, build.ToString());
    }

    public const string ConfiguredEditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.K8S2001.severity = error
        kube_analyzers.node_count = 1

        [NodeExporter.cs]
        kube_analyzers.allowed_host_ports = 9100

        """;

    /// <summary>The configured project, built once with a SARIF 2.1 error log for the tests that read either.</summary>
    internal static Task<(ConsumerProject Project, CommandResult Build)> ConfiguredBuildAsync(PackedPackage package)
        => package.Once("configured build", async () =>
        {
            var files = new Dictionary<string, string>(UserCode.Files()) { [".editorconfig"] = ConfiguredEditorConfig };
            var project = package.CreateProject("Configured", files);

            // MSBuild splits -p values at commas: the one in "file,version=2.1" is written %2C.
            var build = await project.BuildAsync($"-p:ErrorLog={SarifLog(project)}%2Cversion=2.1");
            return (project, build);
        });

    internal static string SarifLog(ConsumerProject project) => System.IO.Path.Combine(project.Directory, "build.sarif");
}
