using System.Linq;
using System.Threading.Tasks;
using KubeAnalyzers.CodeFixes;
using KubeAnalyzers.Tests.Harness;
using Xunit;

namespace KubeAnalyzers.Tests.Rules;

/// <summary>K8S1002: port numbers out of range.</summary>
public class PortRangeRuleTests
{
    private const string Id = RuleIds.PortRange;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task OutOfRangePorts_FromLiteralsConstantsAndArithmetic_Report(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const int Base = 65000;

            V1ContainerPort[] Ports()
            {
                var zero = 0;
                return
                [
                    new V1ContainerPort { [|ContainerPort = zero|] },
                    new V1ContainerPort { ContainerPort = 80, {|K8S1001:[|HostPort = checked(Base + 1000)|]|} },
                    new V1ContainerPort { [|ContainerPort = -1|] },
                    new V1ContainerPort { [|ContainerPort = int.MaxValue|], {|K8S1001:[|HostPort = unchecked(int.MaxValue + 2)|]|} },
                ];
            }
        }
        """, Id, RuleIds.HostPort);

    [Fact]
    public Task OutOfRangeConstructorArguments_Report() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort Named() => new V1ContainerPort([|containerPort: 70000|]);
            V1ContainerPort Positional() => new V1ContainerPort(80, null, [|-8080|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task BoundaryAndUnknownPorts_DoNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports(int port) =>
            [
                new V1ContainerPort { ContainerPort = 1, HostPort = 65535 },
                new V1ContainerPort { ContainerPort = 65535, HostPort = 0 },
                new V1ContainerPort { ContainerPort = port, HostPort = port * 1000 },
            ];
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheFieldAndValue()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class Manifests { V1ContainerPort P() => new() { ContainerPort = 0, HostPort = 70000 }; }
            """);
        Assert.Equal(
            ["containerPort 0 is out of range: the API server requires a port between 1 and 65535, inclusive", "hostPort 70000 is out of range: the API server requires a port between 1 and 65535, inclusive"],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }

    [Fact]
    public Task RemoveHostPort_OnlyForTheHostPort() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort P() => new() { [|ContainerPort = 0|], [|HostPort = 70000|] };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort P() => new() { [|ContainerPort = 0|] };
        }
        """, RemoveMemberCodeFixProvider.RemoveOutOfRangeHostPortKey, Id);
}

/// <summary>K8S1003: duplicate protocol/hostIP/hostPort in a pod.</summary>
public class DuplicateHostPortRuleTests
{
    private const string Id = RuleIds.DuplicateHostPort;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task SamePortAcrossRegularContainers_ReportsTheSecond(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const int Port = 8080;

            V1PodSpec Spec()
            {
                var again = 8080;
                return new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container { Name = "a", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = Port }] },
                        new V1Container { Name = "b", Ports = [new V1ContainerPort { ContainerPort = 81, Protocol = "TCP", [|HostPort = again|] }] },
                        new V1Container { Name = "c", Ports = [new V1ContainerPort { ContainerPort = 82, [|HostPort = 8080|] }, new V1ContainerPort { ContainerPort = 83, [|HostPort = 8080|] }] },
                    ],
                };
            }
        }
        """, Id);

    [Fact]
    public Task SamePortWithinOneInitContainer_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec() => new V1PodSpec(
                new List<V1Container> { new V1Container("web") },
                initContainers: new List<V1Container>
                {
                    new V1Container("init", ports: new List<V1ContainerPort> { new V1ContainerPort(80, hostPort: 9000), new V1ContainerPort(81, [|hostPort: 9000|]) }),
                });
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task DifferentProtocolHostIPOrContainerList_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec(int port) => new V1PodSpec
            {
                InitContainers =
                [
                    new V1Container { Name = "init1", Ports = [new V1ContainerPort { ContainerPort = 53, HostPort = 53 }] },
                    new V1Container { Name = "init2", Ports = [new V1ContainerPort { ContainerPort = 53, HostPort = 53 }] },
                ],
                Containers =
                [
                    new V1Container { Name = "dns", Ports = [new V1ContainerPort { ContainerPort = 53, HostPort = 53 }, new V1ContainerPort { ContainerPort = 53, HostPort = 53, Protocol = "UDP" }] },
                    new V1Container { Name = "a", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = 8080, HostIP = "10.0.0.1" }, new V1ContainerPort { ContainerPort = 80, HostPort = 8080, HostIP = "10.0.0.2" }] },
                    new V1Container { Name = "b", Ports = [new V1ContainerPort { ContainerPort = 80, HostPort = port }, new V1ContainerPort { ContainerPort = 81, HostPort = port }] },
                    new V1Container { Name = "c", Ports = [new V1ContainerPort { ContainerPort = 90, HostPort = 0 }, new V1ContainerPort { ContainerPort = 91, HostPort = 0 }] },
                ],
            };
        }
        """, Id);

    [Fact]
    public async Task Message_NamesTheEndpointAndTheFirstOwner()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(StandIn.KubernetesClientRecords, """
            using k8s.Models;
            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    Containers =
                    [
                        new() { Name = "web", Ports = [new() { ContainerPort = 80, HostPort = 8080 }, new() { ContainerPort = 81, HostPort = 8080 }] },
                        new() { Name = "sidecar", Ports = [new() { ContainerPort = 82, HostPort = 8080, Protocol = "TCP" }] },
                    ],
                };
            }
            """);
        Assert.Equal(
            [
                "hostPort 8080: TCP/0.0.0.0:8080 is already claimed by another port of container 'web' in this pod; the API server rejects the pod (\"Duplicate value\")",
                "hostPort 8080: TCP/0.0.0.0:8080 is already claimed by container 'web' in this pod; the API server rejects the pod (\"Duplicate value\")",
            ],
            diagnostics.Where(d => d.Id == Id).Select(d => d.GetMessage()));
    }
}

/// <summary>K8S1004: hostIP without hostPort.</summary>
public class HostIPWithoutHostPortRuleTests
{
    private const string Id = RuleIds.HostIPWithoutHostPort;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostIPWithoutOrWithZeroHostPort_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            const string NodeAddress = "10.0.0.1";

            V1ContainerPort[] Ports(string address)
            {
                var port = new V1ContainerPort { ContainerPort = 82 };
                [|port.HostIP = "10.0.0.3"|];
                return
                [
                    new V1ContainerPort { ContainerPort = 80, [|HostIP = NodeAddress|] },
                    new V1ContainerPort { ContainerPort = 81, [|HostIP = address|], HostPort = 0 },
                    port,
                ];
            }
        }
        """, Id);

    [Fact]
    public Task HostIPConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort P() => new V1ContainerPort(80, [|"10.0.0.1"|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task HostIPWithHostPortOrEmpty_DoesNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports(int hostPort) =>
            [
                new V1ContainerPort { ContainerPort = 80, HostIP = "10.0.0.1", HostPort = 8080 },
                new V1ContainerPort { ContainerPort = 81, HostIP = "10.0.0.1", HostPort = hostPort },
                new V1ContainerPort { ContainerPort = 82, HostIP = "" },
                new V1ContainerPort { ContainerPort = 83, HostIP = null },
            ];
        }
        """, Id);

    [Fact]
    public Task RemoveHostIP() => Verify.FixAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort A() => new V1ContainerPort(80, [|"10.0.0.1"|]);
            V1ContainerPort B() => new V1ContainerPort { ContainerPort = 80, [|HostIP = "10.0.0.1"|], Name = "http" };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort A() => new V1ContainerPort(80);
            V1ContainerPort B() => new V1ContainerPort { ContainerPort = 80, Name = "http" };
        }
        """, RemoveMemberCodeFixProvider.RemoveHostIPKey, Id);
}

/// <summary>K8S1005: protocol other than TCP, UDP and SCTP.</summary>
public class InvalidProtocolRuleTests
{
    private const string Id = RuleIds.InvalidProtocol;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task WrongCaseAndUnknownProtocols_Report(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        static class Protocols
        {
            public const string Http = "HTTP";
        }

        class Manifests
        {
            V1ContainerPort[] Ports()
            {
                var udp = "udp";
                return
                [
                    new V1ContainerPort { ContainerPort = 80, [|Protocol = "tcp"|] },
                    new V1ContainerPort { ContainerPort = 53, [|Protocol = udp|] },
                    new V1ContainerPort { ContainerPort = 8080, [|Protocol = Protocols.Http|] },
                ];
            }
        }
        """, Id);

    [Fact]
    public Task ProtocolConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort P() => new V1ContainerPort(80, [|protocol: "Sctp"|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task ValidEmptyAndUnknownProtocols_DoNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports(string protocol) =>
            [
                new V1ContainerPort { ContainerPort = 80, Protocol = "TCP" },
                new V1ContainerPort { ContainerPort = 53, Protocol = "UDP" },
                new V1ContainerPort { ContainerPort = 38412, Protocol = "SCTP" },
                new V1ContainerPort { ContainerPort = 81, Protocol = "" },
                new V1ContainerPort { ContainerPort = 82, Protocol = protocol },
            ];
        }
        """, Id);

    [Fact]
    public Task UseUpperCaseProtocol_NotOfferedForUnknownNames() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports() =>
            [
                new() { ContainerPort = 80, [|Protocol = "tcp"|] },
                new() { ContainerPort = 53, [|Protocol = "Udp"|] },
                new() { ContainerPort = 8080, [|Protocol = "HTTP"|] },
            ];
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1ContainerPort[] Ports() =>
            [
                new() { ContainerPort = 80, Protocol = "TCP" },
                new() { ContainerPort = 53, Protocol = "UDP" },
                new() { ContainerPort = 8080, [|Protocol = "HTTP"|] },
            ];
        }
        """, SetValueCodeFixProvider.UseUpperCaseProtocolKey, Id);
}

/// <summary>K8S1006: hostPort on a cluster without port mapping.</summary>
public class HostPortWithoutPortMappingRuleTests
{
    private const string Id = RuleIds.HostPortWithoutPortMapping;

    private const string Program = """
        using k8s.Models;

        class Manifests
        {
            const int Metrics = 9100;

            V1ContainerPort[] Ports(int p)
            {
                var published = 8080;
                return
                [
                    new V1ContainerPort { ContainerPort = 80, [|HostPort = published|] },
                    new V1ContainerPort { ContainerPort = 9100, [|HostPort = Metrics|] },
                    new V1ContainerPort { ContainerPort = 81, [|HostPort = p|] },
                    new V1ContainerPort { ContainerPort = 82, HostPort = 0 },
                ];
            }
        }
        """;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task WithoutPortMapping_EveryHostPortReports(StandIn standIn) => new KubeTest(standIn, Id)
    {
        TestCode = Program,
        EditorConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("kube_analyzers.cni_port_mapping = true")]
    [InlineData("kube_analyzers.cni_port_mapping = sometimes")]
    public Task WithPortMappingOrItsDefault_DoesNotReport(string option) => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = Program.Replace("[|", "").Replace("|]", ""),
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task HostPortOfHostNetworkPod_NeedsNoMapping_DoesNotReport() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1PodSpec Spec() => new()
                {
                    HostNetwork = true,
                    DnsPolicy = "ClusterFirstWithHostNet",
                    Containers = [new() { Name = "agent", Ports = [new() { ContainerPort = 9100, HostPort = 9100 }] }],
                };
            }
            """,
        EditorConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();

    [Fact]
    public Task ConstructorArgument_FromGlobalConfig_Reports() => new KubeTest(StandIn.KubernetesClientClasses, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort P() => new V1ContainerPort(80, [|hostPort: 8080|]);
            }
            """,
        GlobalConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();

    [Fact]
    public Task RemoveHostPort_FixAll() => new KubeTest(StandIn.KubernetesClientRecords, Id)
    {
        TestCode = """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort[] Ports() => [new() { ContainerPort = 80, [|HostPort = 80|] }, new() { [|HostPort = 81|], ContainerPort = 81 }];
            }
            """,
        FixedCode = """
            using k8s.Models;

            class Manifests
            {
                V1ContainerPort[] Ports() => [new() { ContainerPort = 80 }, new() { ContainerPort = 81 }];
            }
            """,
        FixEquivalenceKey = RemoveMemberCodeFixProvider.RemoveIgnoredHostPortKey,
        EditorConfig = "kube_analyzers.cni_port_mapping = false",
    }.RunAsync();
}

/// <summary>K8S1007: ports on ephemeral containers.</summary>
public class EphemeralContainerPortsRuleTests
{
    private const string Id = RuleIds.EphemeralContainerPorts;

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task EphemeralContainerWithPorts_Reports(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1PodSpec Spec()
            {
                var ports = new List<V1ContainerPort> { new V1ContainerPort { ContainerPort = 9229 } };
                var debugger = new V1EphemeralContainer { Name = "debugger" };
                [|debugger.Ports = ports|];
                return new V1PodSpec
                {
                    Containers = [new V1Container { Name = "app", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                    EphemeralContainers = [debugger, new V1EphemeralContainer { Name = "shell", [|Ports = [new V1ContainerPort { ContainerPort = 22 }]|] }],
                };
            }
        }
        """, Id);

    [Fact]
    public Task EphemeralContainerConstructorArgument_Reports() => Verify.DiagnosticsAsync(StandIn.KubernetesClientClasses, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1EphemeralContainer Debugger() => new V1EphemeralContainer("debugger", [|ports: new List<V1ContainerPort> { new V1ContainerPort(9229) }|]);
        }
        """, Id);

    [Theory]
    [InlineData(StandIn.KubernetesClientRecords)]
    [InlineData(StandIn.KubernetesClientClasses)]
    public Task EmptyUnknownOrNoPorts_DoNotReport(StandIn standIn) => Verify.DiagnosticsAsync(standIn, """
        using System.Collections.Generic;
        using k8s.Models;

        class Manifests
        {
            V1EphemeralContainer[] Containers(IList<V1ContainerPort> ports) =>
            [
                new V1EphemeralContainer { Name = "a" },
                new V1EphemeralContainer { Name = "b", Ports = [] },
                new V1EphemeralContainer { Name = "c", Ports = ports },
                new V1EphemeralContainer { Name = "d", Ports = null },
            ];
        }
        """, Id);

    [Fact]
    public Task RemovePorts() => Verify.FixAsync(StandIn.KubernetesClientRecords, """
        using k8s.Models;

        class Manifests
        {
            V1EphemeralContainer Debugger() => new()
            {
                Name = "debugger",
                Image = "busybox",
                [|Ports = [new() { ContainerPort = 9229 }]|],
            };
        }
        """, """
        using k8s.Models;

        class Manifests
        {
            V1EphemeralContainer Debugger() => new()
            {
                Name = "debugger",
                Image = "busybox",
            };
        }
        """, RemoveMemberCodeFixProvider.RemoveEphemeralPortsKey, Id);
}
