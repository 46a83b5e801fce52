using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>
/// <c>dotnet format analyzers</c> on the replica rules whose fixes live in two providers: K8S3001 gets "Set replicas"
/// (RolloutCodeFixProvider comes first), not the DaemonSet conversion; K8S3003 gets the DaemonSet conversion, its first fix.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class SchedulingFormatTests(PackedPackage package)
{
    private const string AboveNodeCount = """
        using System.Collections.Generic;
        using k8s.Models;

        public static class Edge
        {
            public static V1Deployment Deployment() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "edge" },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "edge" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "edge" } },
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "edge", Ports = [new V1ContainerPort { ContainerPort = 443, HostPort = 443 }] }] },
                    },
                },
            };
        }

        """;

    private const string OneNodePerReplica = """
        using System.Collections.Generic;
        using k8s.Models;

        public static class Exporter
        {
            public static V1Deployment Deployment() => new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "exporter" },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 3,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "exporter" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "exporter" } },
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9100 }] }] },
                    },
                },
            };
        }

        """;

    [Fact]
    public async Task FormatAnalyzers_ReplicaRules_SetsTheCountForK8S3001AndConvertsToDaemonSetForK8S3003()
    {
        var project = package.CreateProject("SchedulingFormat", new System.Collections.Generic.Dictionary<string, string>
        {
            ["Edge.cs"] = AboveNodeCount,
            ["Exporter.cs"] = OneNodePerReplica,
            [".editorconfig"] = """
                root = true

                [Edge.cs]
                kube_analyzers.node_count = 1

                """,
        });

        var format = await project.FormatAnalyzersAsync("--diagnostics", "K8S3001", "K8S3003", "--severity", "info");

        Assert.True(format.ExitCode == 0, format.ToString());
        AssertFile(project, format, "Edge.cs", AboveNodeCount.Replace("Replicas = 2", "Replicas = 1"));
        AssertFile(project, format, "Exporter.cs", OneNodePerReplica
            .Replace("V1Deployment", "V1DaemonSet")
            .Replace("            Replicas = 3,\n", string.Empty));
    }

    private static void AssertFile(ConsumerProject project, CommandResult format, string file, string expected)
    {
        var actual = project.ReadFile(file);
        if (actual != expected)
        {
            throw new XunitException($"dotnet format left {file} different from the expected fix.\n{TextDiff.Describe(expected, actual)}\n\n{format}");
        }
    }
}
