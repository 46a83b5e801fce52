using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Options;

/// <summary>K8S0002 and how options are read from .editorconfig and .globalconfig.</summary>
public class OptionsTests
{
    private const string HostPortProgram = """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Port() => new V1ContainerPort { ContainerPort = 80, HostPort = 8080 };
        }
        """;

    [Theory]
    [InlineData("kube_analyzers.node_count = lots", "Option 'kube_analyzers.node_count' has the value 'lots', which is not a whole number of nodes, 1 or more; the default is used instead")]
    [InlineData("kube_analyzers.node_count = 0", "Option 'kube_analyzers.node_count' has the value '0', which is not a whole number of nodes, 1 or more; the default is used instead")]
    [InlineData("kube_analyzers.min_replicas = -2", "Option 'kube_analyzers.min_replicas' has the value '-2', which is not a whole number of replicas, 1 or more; the default is used instead")]
    [InlineData("kube_analyzers.pod_security_level = strict", "Option 'kube_analyzers.pod_security_level' has the value 'strict', which is not privileged, baseline or restricted; the default is used instead")]
    [InlineData("kube_analyzers.cni_port_mapping = yes", "Option 'kube_analyzers.cni_port_mapping' has the value 'yes', which is not true or false; the default is used instead")]
    [InlineData("kube_analyzers.allowed_host_ports = 80, http", "Option 'kube_analyzers.allowed_host_ports' has the value '80, http', which is not comma-separated ports (1-65535) and ascending ranges such as 30000-32767; the default is used instead")]
    [InlineData("kube_analyzers.reserved_node_ports = 9000-8000", "Option 'kube_analyzers.reserved_node_ports' has the value '9000-8000', which is not comma-separated ports (1-65535) and ascending ranges such as 30000-32767; the default is used instead")]
    public async Task InvalidValue_ReportsK8S0002OnceNamingKeyValueAndExpectation(string option, string message)
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, HostPortProgram, option);
        var invalid = Assert.Single(diagnostics, d => d.Id == RuleIds.InvalidOption);
        Assert.Equal(message, invalid.GetMessage());
        Assert.False(invalid.Location.IsInSource);
    }

    [Fact]
    public async Task InvalidAllowList_FallsBackToTheDefault_SoTheHostPortStillReports()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, HostPortProgram, "kube_analyzers.allowed_host_ports = 8080-80");
        Assert.Equal([RuleIds.InvalidOption, RuleIds.HostPort], diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public Task ValidOptions_FromGlobalConfig_ReportNothing() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.InvalidOption, RuleIds.HostPort)
    {
        TestCode = HostPortProgram,
        GlobalConfig = """
            kube_analyzers.node_count = 3
            kube_analyzers.allowed_host_ports = 8080
            kube_analyzers.reserved_node_ports = 22
            kube_analyzers.pod_security_level = Privileged
            kube_analyzers.cni_port_mapping = TRUE
            kube_analyzers.min_replicas = 2
            """,
    }.RunAsync();

    [Fact]
    public async Task ProjectWithoutKubernetesTypes_DoesNotReportInvalidOptions()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.None, "class C { }", "kube_analyzers.node_count = lots");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task EditorConfigSeverity_AppliesToOurDiagnostics() => new KubeTest(StandIn.KubernetesClientRecords, RuleIds.HostPort)
    {
        TestCode = HostPortProgram,
        EditorConfig = "dotnet_diagnostic.K8S1001.severity = none",
    }.RunAsync();
}
