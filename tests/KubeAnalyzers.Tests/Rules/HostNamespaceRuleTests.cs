using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S0001: Pod Security admission (baseline or restricted) rejects host namespaces and host ports.</summary>
public class PodSecurityRuleTests
{
    private const string Id = RuleIds.PodSecurity;

    private const string Program = """
        using k8s.Models;

        class Manifests
        {
            const bool Shared = true;

            V1Pod Pod()
            {
                var pid = true;
                var pod = new V1Pod
                {
                    Metadata = new V1ObjectMeta { Name = "agent" },
                    Spec = new V1PodSpec
                    {
                        [|HostNetwork = Shared|],
                        [|HostPID = pid|],
                        DnsPolicy = "ClusterFirstWithHostNet",
                        Containers = [new V1Container { Name = "agent", Ports = [new V1ContainerPort { ContainerPort = 9100, [|HostPort = 9100|] }, new V1ContainerPort { ContainerPort = 80, HostPort = 0 }] }],
                    },
                };
                [|pod.Spec.HostIPC = true|];
                return pod;
            }
        }
        """;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords, "baseline")]
    [InlineData(StandIn.KubernetesClientClasses, "restricted")]
    public Task BaselineOrRestricted_ReportsHostNamespacesAndHostPorts(StandIn standIn, string level) => new KubeTest(standIn, Id)
    {
        TestCode = Program,
        EditorConfig = "kube_analyzers.pod_security_level = " + level,
    }.RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("kube_analyzers.pod_security_level = privileged")]
    [InlineData("kube_analyzers.pod_security_level = strict")]
    public Task PrivilegedUnsetOrInvalidLevel_DoesNotReport(string option) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Program.Replace("[|", "").Replace("|]", ""),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task AllowListedOrUnknownHostPort_AndFalseNamespaces_DoNotReport() => new KubeTest(StandIn.KubernetesClientClasses, Id)
    {
        TestCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec(int port, bool flag) => new V1PodSpec(
                    new List<V1Container>
                    {
                        new V1Container("agent", ports: new List<V1ContainerPort> { new V1ContainerPort(9100, hostPort: 9100), new V1ContainerPort(80, hostPort: port), new V1ContainerPort(81, [|hostPort: 8081|]) }),
                    },
                    hostIPC: false,
                    hostNetwork: flag);
            }
            """,
        GlobalConfig = "kube_analyzers.pod_security_level = baseline\nkube_analyzers.allowed_host_ports = 9100",
    }.RunAsync();

    [Fact]
    public async Task Message_NamesLevelWorkloadAndField()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class Manifests
            {
                V1Deployment Web() => new()
                {
                    Metadata = new() { Name = "web" },
                    Spec = new() { Selector = new(), Template = new() { Spec = new() { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", Containers = [new() { Name = "web", Ports = [new() { ContainerPort = 8080, HostPort = 8080 }] }] } } },
                };
            }
            """, "kube_analyzers.pod_security_level = baseline");
        Assert.Equal(
            ["Pod Security \"baseline\" rejects Deployment 'web': hostNetwork is true", "Pod Security \"baseline\" rejects Deployment 'web': hostPort 8080 is not in kube_analyzers.allowed_host_ports"],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveField_FixAll() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    [|HostPID = true|],
                    Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100, [|HostPort = 9100|] }] }],
                };
            }
            """,
        FixedCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100 }] }],
                };
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = restricted",
    }.RunAsync();
    /// <summary>Fix All removes several arguments of one constructor call: each removal finds its argument after the others.</summary>
    [Fact]
    public Task RemoveField_FixAll_SeveralArgumentsOfOneConstructorCall() => new KubeTest(StandIn.KubernetesClientClasses, Id)
    {
        TestCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Positional() => new V1PodSpec(new List<V1Container>(), null, null, null, null, "ClusterFirstWithHostNet", null, null, null, [|true|], [|true|], [|true|]);
                V1PodSpec Named() => new V1PodSpec(new List<V1Container>(), [|hostIPC: true|], [|hostNetwork: true|], [|hostPID: true|], dnsPolicy: "ClusterFirstWithHostNet");
            }
            """,
        FixedCode = """
            using System.Collections.Generic;
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Positional() => new V1PodSpec(new List<V1Container>(), null, null, null, null, "ClusterFirstWithHostNet", null, null, null);
                V1PodSpec Named() => new V1PodSpec(new List<V1Container>(), dnsPolicy: "ClusterFirstWithHostNet");
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveFieldKey,
        EditorConfig = "kube_analyzers.pod_security_level = baseline",
    }.RunAsync();
}

/// <summary>K8S2004: ports node components use, opened on the node.</summary>
public class ReservedNodePortRuleTests
{
    private const string Id = RuleIds.ReservedNodePort;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostNetworkContainerPortsAndHostPorts_InTheDefaultList_Report(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const int Kubelet = 10250;

            V1PodSpec[] Specs()
            {
                var ssh = 22;
                return
                [
                    new V1PodSpec
                    {
                        HostNetwork = true,
                        Containers = [new V1Container { Name = "agent", Ports = [new V1ContainerPort { [|ContainerPort = Kubelet|] }, new V1ContainerPort { [|ContainerPort = ssh|], HostPort = 22 }, new V1ContainerPort { ContainerPort = 9100 }] }],
                    },
                    new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, [|HostPort = 30080|] }, new V1ContainerPort { ContainerPort = 6443 }] }],
                    },
                ];
            }
        }
        """, Id);

    [Fact]
    public Task ConstructorArguments_Report() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(
                new List<V1Container> { new V1Container("etcd-proxy", ports: new List<V1ContainerPort> { new V1ContainerPort([|2379|]) }) },
                dnsPolicy: "ClusterFirstWithHostNet",
                hostNetwork: true);
        }
        """, Id);

    [Fact]
    public Task ReservedPortsOption_ReplacesTheDefaultList() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    HostNetwork = true,
                    Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 10250 }, new() { [|ContainerPort = 9100|] }, new() { ContainerPort = 8081, [|HostPort = 8090|] }] }],
                };
            }
            """,
        EditorConfig = "kube_analyzers.reserved_node_ports = 9100, 8085-8095",
    }.RunAsync();

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ContainerPortsWithoutHostNetwork_AndUnknownPorts_DoNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec[] Specs(int port) =>
            [
                new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 10250 }, new V1ContainerPort { ContainerPort = 22, HostPort = 0 }] }] },
                new V1PodSpec { HostNetwork = true, Containers = [new V1Container { Name = "agent", Ports = [new V1ContainerPort { ContainerPort = port, HostPort = port }] }] },
            ];
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheComponent()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class Manifests
            {
                V1PodSpec Spec() => new() { HostNetwork = true, Containers = [new() { Name = "a", Ports = [new() { ContainerPort = 10250 }, new() { ContainerPort = 81, HostPort = 31000 }] }] };
            }
            """);
        Assert.Equal(
            [
                "containerPort 10250 is opened on the node, where the kubelet uses it; the pod fails to bind it or takes it from the node",
                "hostPort 31000 is opened on the node, where kube-proxy, for NodePort Services, uses it; the pod fails to bind it or takes it from the node",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }
}

/// <summary>K8S2005: hostUsers false with a host namespace.</summary>
public class HostUsersRuleTests
{
    private const string Id = RuleIds.HostUsersWithHostNamespace;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostUsersFalse_WithHostNamespaces_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const bool UserNamespace = false;

            V1PodSpec[] Specs()
            {
                var isolated = false;
                var late = new V1PodSpec { HostIPC = true, Containers = [] };
                [|late.HostUsers = false|];
                return
                [
                    new V1PodSpec { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", [|HostUsers = UserNamespace|], Containers = [] },
                    new V1PodSpec { HostPID = true, [|HostUsers = isolated|], Containers = [] },
                    late,
                ];
            }
        }
        """, Id);

    [Fact]
    public Task ConstructorArguments_Report() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostPID: true, [|hostUsers: false|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostUsersTrueUnknownOrWithoutHostNamespaces_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec[] Specs(bool users) =>
            [
                new V1PodSpec { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", HostUsers = true, Containers = [] },
                new V1PodSpec { HostNetwork = true, DnsPolicy = "ClusterFirstWithHostNet", HostUsers = users, Containers = [] },
                new V1PodSpec { HostNetwork = false, HostUsers = false, Containers = [] },
            ];
        }
        """, Id);

    [Fact]
    public async Task Message_ListsTheHostNamespaces()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class Manifests
            {
                V1PodSpec Spec() => new() { HostNetwork = true, HostPID = true, HostUsers = false, DnsPolicy = "ClusterFirstWithHostNet", Containers = [] };
            }
            """);
        Assert.Equal(
            "hostUsers is false while hostNetwork and hostPID are true; the API server forbids host namespaces in a pod with its own user namespace",
            Assert.Single(diagnostics, d => d.Id == Id).GetMessage());
    }

    [Fact]
    public Task RemoveHostUsers() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostPID: true, [|hostUsers: false|]);
        }
        """, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostPID: true);
        }
        """, RemoveMemberCodeFixProvider.RemoveHostUsersKey, Id);
}
