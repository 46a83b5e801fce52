// Objects that are not workloads: a NodePort Service, a ConfigMap, a Namespace. Nothing to report.
using System.Collections.Generic;
using k8s.Models;

namespace Networking;

public static class Objects
{
    public static V1Service NodePort() => new()
    {
        Metadata = new() { Name = "web" },
        Spec = new()
        {
            Type = "NodePort",
            Selector = new Dictionary<string, string> { ["app"] = "web" },
            Ports = [new() { Port = 80, TargetPort = 8080, NodePort = 30080, Protocol = "TCP" }],
        },
    };

    public static V1ConfigMap Config() => new()
    {
        Metadata = new() { Name = "web-config" },
        Data = new Dictionary<string, string> { ["hostNetwork"] = "true", ["hostPort"] = "8080" },
    };

    public static V1Namespace Namespace() => new()
    {
        Metadata = new()
        {
            Name = "web",
            Labels = new Dictionary<string, string> { ["pod-security.kubernetes.io/enforce"] = "baseline" },
        },
    };

    public static V1NetworkPolicy DenyAll() => new()
    {
        Metadata = new() { Name = "deny-all" },
        Spec = new() { PodSelector = new(), PolicyTypes = ["Ingress", "Egress"] },
    };
}
