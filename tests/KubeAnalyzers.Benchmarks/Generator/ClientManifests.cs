using KubeAnalyzers;

namespace KubeAnalyzers.Benchmarks.Generator;

/// <summary>The two shapes of KubernetesClient; a compilation references one of them (both are named KubernetesClient).</summary>
public enum ClientShape
{
    /// <summary>v18 and later: records with <c>required</c> members, object initializers and collection expressions.</summary>
    Records,

    /// <summary>v7 to v17: classes built with their all-properties constructors.</summary>
    Classes,
}

/// <summary>Methods that build manifests with KubernetesClient, as members of a static class, with what each one is planted to report.</summary>
internal static class ClientManifests
{
    public const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;

        """;

    /// <summary>A Deployment, its Service and ConfigMap; the replica count and image are parameters. Reports nothing.</summary>
    public static (string Code, Planted Planted) App(ClientShape shape, int i) => shape switch
    {
        ClientShape.Records => ($$"""
                public static V1Deployment Deployment{{i}}(string image, int replicas)
                {
                    var labels = new Dictionary<string, string> { ["app"] = "app-{{i}}", ["tier"] = "backend" };
                    var container = new V1Container
                    {
                        Name = "app-{{i}}",
                        Image = image,
                        Ports = [new() { Name = "http", ContainerPort = 8080 }],
                        Env = [new() { Name = "ASPNETCORE_URLS", Value = "http://+:8080" }, new() { Name = "APP_INDEX", Value = "{{i}}" }],
                        Resources = new() { Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = "100m", ["memory"] = "128Mi" } },
                    };
                    var spec = new V1PodSpec { Containers = [container] };
                    spec.ServiceAccountName = "app-{{i}}";
                    return new V1Deployment
                    {
                        Metadata = new() { Name = "app-{{i}}", NamespaceProperty = "apps", Labels = labels },
                        Spec = new()
                        {
                            Replicas = replicas,
                            Selector = new() { MatchLabels = labels },
                            Template = new() { Metadata = new() { Labels = labels }, Spec = spec },
                        },
                    };
                }

                public static V1Service Service{{i}}() => new()
                {
                    Metadata = new() { Name = "app-{{i}}", NamespaceProperty = "apps" },
                    Spec = new()
                    {
                        Selector = new Dictionary<string, string> { ["app"] = "app-{{i}}" },
                        Ports = [new() { Name = "http", Port = 80, TargetPort = 8080 }],
                    },
                };

                public static V1ConfigMap Config{{i}}() => new()
                {
                    Metadata = new() { Name = "app-{{i}}-config" },
                    Data = new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["FEATURE_{{i}}"] = "on" },
                };

            """, new Planted()),
        _ => ($$"""
                public static V1Deployment Deployment{{i}}(string image, int replicas)
                {
                    var labels = new Dictionary<string, string> { ["app"] = "app-{{i}}", ["tier"] = "backend" };
                    var container = new V1Container(
                        "app-{{i}}",
                        image: image,
                        ports: new List<V1ContainerPort> { new V1ContainerPort(8080, name: "http") },
                        env: new List<V1EnvVar> { new V1EnvVar("ASPNETCORE_URLS", "http://+:8080"), new V1EnvVar("APP_INDEX", "{{i}}") },
                        resources: new V1ResourceRequirements(requests: new Dictionary<string, ResourceQuantity> { ["cpu"] = "100m", ["memory"] = "128Mi" }));
                    var spec = new V1PodSpec(new List<V1Container> { container });
                    spec.ServiceAccountName = "app-{{i}}";
                    return new V1Deployment(
                        metadata: new V1ObjectMeta(labels: labels, name: "app-{{i}}", namespaceProperty: "apps"),
                        spec: new V1DeploymentSpec(
                            new V1LabelSelector(matchLabels: labels),
                            new V1PodTemplateSpec(new V1ObjectMeta(labels: labels), spec),
                            replicas: replicas));
                }

                public static V1Service Service{{i}}() => new V1Service(
                    metadata: new V1ObjectMeta(name: "app-{{i}}", namespaceProperty: "apps"),
                    spec: new V1ServiceSpec(
                        ports: new List<V1ServicePort> { new V1ServicePort(80, name: "http", targetPort: 8080) },
                        selector: new Dictionary<string, string> { ["app"] = "app-{{i}}" }));

                public static V1ConfigMap Config{{i}}() => new V1ConfigMap(
                    data: new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["FEATURE_{{i}}"] = "on" },
                    metadata: new V1ObjectMeta(name: "app-{{i}}-config"));

            """, new Planted()),
    };

    /// <summary>A DaemonSet with a hostPort: K8S1001, and a claim on the port.</summary>
    public static (string Code, Planted Planted) HostPortDaemonSet(ClientShape shape, int i, int port) => (shape switch
    {
        ClientShape.Records => $$"""
                public static V1DaemonSet Agent{{i}}()
                {
                    const int MetricsPort = {{port}};
                    var labels = new Dictionary<string, string> { ["app"] = "agent-{{i}}" };
                    return new V1DaemonSet
                    {
                        Metadata = new() { Name = "agent-{{i}}", NamespaceProperty = "monitoring" },
                        Spec = new()
                        {
                            Selector = new() { MatchLabels = labels },
                            Template = new()
                            {
                                Metadata = new() { Labels = labels },
                                Spec = new()
                                {
                                    Containers =
                                    [
                                        new()
                                        {
                                            Name = "agent",
                                            Image = "registry.example.com/agent:1.{{i}}",
                                            Ports = [new() { Name = "metrics", ContainerPort = MetricsPort, HostPort = MetricsPort }],
                                        },
                                    ],
                                },
                            },
                        },
                    };
                }

            """,
        _ => $$"""
                public static V1DaemonSet Agent{{i}}()
                {
                    const int MetricsPort = {{port}};
                    var labels = new Dictionary<string, string> { ["app"] = "agent-{{i}}" };
                    var agent = new V1Container(
                        "agent",
                        image: "registry.example.com/agent:1.{{i}}",
                        ports: new List<V1ContainerPort> { new V1ContainerPort(MetricsPort, hostPort: MetricsPort, name: "metrics") });
                    return new V1DaemonSet(
                        metadata: new V1ObjectMeta(name: "agent-{{i}}", namespaceProperty: "monitoring"),
                        spec: new V1DaemonSetSpec(
                            new V1LabelSelector(matchLabels: labels),
                            new V1PodTemplateSpec(new V1ObjectMeta(labels: labels), new V1PodSpec(new List<V1Container> { agent }))));
                }

            """,
    }, new Planted().Expect(RuleIds.HostPort).Claim(port));

    /// <summary>
    /// A Deployment of 3 replicas on the host network, the flag set by a later assignment in the classes shape:
    /// K8S2001, K8S2003 (no dnsPolicy), K8S3002 (the default maxSurge), K8S3003, and a claim on its containerPort.
    /// </summary>
    public static (string Code, Planted Planted) HostNetworkDeployment(ClientShape shape, int i, int port) => (shape switch
    {
        ClientShape.Records => $$"""
                public static V1Deployment Edge{{i}}()
                {
                    var labels = new Dictionary<string, string> { ["app"] = "edge-{{i}}" };
                    var spec = new V1PodSpec
                    {
                        Containers = [new() { Name = "proxy", Image = "nginx:1.27", Ports = [new() { ContainerPort = {{port}} }] }],
                    };
                    spec.HostNetwork = true;
                    return new V1Deployment
                    {
                        Metadata = new() { Name = "edge-{{i}}", NamespaceProperty = "ingress" },
                        Spec = new()
                        {
                            Replicas = 3,
                            Selector = new() { MatchLabels = labels },
                            Template = new() { Metadata = new() { Labels = labels }, Spec = spec },
                        },
                    };
                }

            """,
        _ => $$"""
                public static V1Deployment Edge{{i}}()
                {
                    var labels = new Dictionary<string, string> { ["app"] = "edge-{{i}}" };
                    var proxy = new V1Container("proxy", image: "nginx:1.27", ports: new List<V1ContainerPort> { new V1ContainerPort({{port}}) });
                    var spec = new V1PodSpec(new List<V1Container> { proxy });
                    spec.HostNetwork = true;
                    return new V1Deployment(
                        metadata: new V1ObjectMeta(name: "edge-{{i}}", namespaceProperty: "ingress"),
                        spec: new V1DeploymentSpec(new V1LabelSelector(matchLabels: labels), new V1PodTemplateSpec(new V1ObjectMeta(labels: labels), spec), replicas: 3));
                }

            """,
    }, new Planted().Expect(RuleIds.HostNetwork, RuleIds.HostNetworkDnsPolicy, RuleIds.SurgeOnHostPorts, RuleIds.OneNodePerReplica).Claim(port));
}
