using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.Tests.Harness;
using Xunit;
using Xunit.Sdk;

namespace KubeAnalyzers.Tests.EndToEnd;

/// <summary>
/// <c>dotnet format analyzers</c> applies our fixes from the command line, one rule per band, in one run.
/// Each file holds one rule's case so that the fixes do not meet. Where a diagnostic has several fixes,
/// dotnet format applies the first one offered: K8S3002 gets "Set maxSurge to 0" (not "Use the Recreate
/// strategy"), K8S2002 gets "Remove hostPort" (not "Set hostPort to containerPort").
/// </summary>
[Collection(EndToEndCollection.Name)]
public class FormatTests(PackedPackage package)
{
    private static readonly (string File, string Before, string After)[] Cases =
    [
        // K8S0001, with pod_security_level = baseline for this file: Remove hostPort.
        ("PodSecurity.cs", """
            using k8s.Models;

            public static class PodSecurity
            {
                public static V1Pod Web() => new V1Pod
                {
                    Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                    Spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 8080 }] }],
                    },
                };
            }

            """, """
            using k8s.Models;

            public static class PodSecurity
            {
                public static V1Pod Web() => new V1Pod
                {
                    Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                    Spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }],
                    },
                };
            }

            """),

        // K8S1004: Remove hostIP.
        ("Metrics.cs", """
            using k8s.Models;

            public static class Metrics
            {
                public static V1ContainerPort Port() => new V1ContainerPort { Name = "metrics", ContainerPort = 9090, HostIP = "10.0.0.1" };
            }

            """, """
            using k8s.Models;

            public static class Metrics
            {
                public static V1ContainerPort Port() => new V1ContainerPort { Name = "metrics", ContainerPort = 9090 };
            }

            """),

        // K8S2003: Set dnsPolicy to ClusterFirstWithHostNet.
        ("Agent.cs", """
            using k8s.Models;

            public static class Agent
            {
                public static V1Pod Pod()
                {
                    var spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "agent", Ports = [new V1ContainerPort { ContainerPort = 9100 }] }],
                    };
                    spec.HostNetwork = true;
                    return new V1Pod { Metadata = new V1ObjectMeta { Name = "agent" }, Spec = spec };
                }
            }

            """, """
            using k8s.Models;

            public static class Agent
            {
                public static V1Pod Pod()
                {
                    var spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "agent", Ports = [new V1ContainerPort { ContainerPort = 9100 }] }],
                    };
                    spec.HostNetwork = true;
                    spec.DnsPolicy = "ClusterFirstWithHostNet";
                    return new V1Pod { Metadata = new V1ObjectMeta { Name = "agent" }, Spec = spec };
                }
            }

            """),

        // K8S2002, two fixes: the first, Remove hostPort.
        ("Exporter.cs", """
            using k8s.Models;

            public static class Exporter
            {
                public static V1Pod Pod() => new V1Pod
                {
                    Metadata = new V1ObjectMeta { Name = "exporter" },
                    Spec = new V1PodSpec
                    {
                        HostNetwork = true,
                        DnsPolicy = "ClusterFirstWithHostNet",
                        Containers = [new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = 9100, HostPort = 9200 }] }],
                    },
                };
            }

            """, """
            using k8s.Models;

            public static class Exporter
            {
                public static V1Pod Pod() => new V1Pod
                {
                    Metadata = new V1ObjectMeta { Name = "exporter" },
                    Spec = new V1PodSpec
                    {
                        HostNetwork = true,
                        DnsPolicy = "ClusterFirstWithHostNet",
                        Containers = [new V1Container { Name = "exporter", Ports = [new V1ContainerPort { ContainerPort = 9100 }] }],
                    },
                };
            }

            """),

        // K8S3002, two fixes: the first, Set maxSurge to 0 (and maxUnavailable to 1, as both may not be 0).
        ("Web.cs", """
            using k8s.Models;

            public static class Web
            {
                public static V1Deployment Deployment() => new V1Deployment
                {
                    Metadata = new V1ObjectMeta { Name = "web" },
                    Spec = new V1DeploymentSpec
                    {
                        Replicas = 3,
                        Selector = new V1LabelSelector(),
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 80 }] }] },
                        },
                    },
                };
            }

            """, """
            using k8s.Models;

            public static class Web
            {
                public static V1Deployment Deployment() => new V1Deployment
                {
                    Metadata = new V1ObjectMeta { Name = "web" },
                    Spec = new V1DeploymentSpec
                    {
                        Replicas = 3,
                        Selector = new V1LabelSelector(),
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 8080, HostPort = 80 }] }] },
                        },
                        Strategy = new() { RollingUpdate = new() { MaxSurge = 0, MaxUnavailable = 1 } },
                    },
                };
            }

            """),
    ];

    [Fact]
    public async Task FormatAnalyzers_WithOneRulePerBand_RewritesEachFileWithItsFix()
    {
        var files = Cases.ToDictionary(c => c.File, c => c.Before);
        files[".editorconfig"] = """
            root = true

            [PodSecurity.cs]
            kube_analyzers.pod_security_level = baseline

            """;
        var project = package.CreateProject("Format", files);

        var format = await project.FormatAnalyzersAsync("--diagnostics", "K8S0001", "K8S1004", "K8S2002", "K8S2003", "K8S3002", "--severity", "info");

        Assert.True(format.ExitCode == 0, format.ToString());
        foreach (var (file, _, after) in Cases)
        {
            var actual = project.ReadFile(file);
            if (actual != after)
            {
                throw new XunitException($"dotnet format left {file} different from the expected fix.\n{TextDiff.Describe(after, actual)}\n\n{format}");
            }
        }
    }
}
