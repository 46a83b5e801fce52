// Nullable reference types and nullable value types, as a project with <Nullable>enable</Nullable> writes them.
#nullable enable
using k8s.Models;

namespace Nullables;

public static class Manifests
{
    public static V1ContainerPort Port(bool exposeOnHost)
    {
        int? hostPort = null;
        string? hostIP = null;
        return new V1ContainerPort { ContainerPort = 8080, HostPort = hostPort, HostIP = hostIP };
    }

    public static V1ContainerPort Optional(bool exposeOnHost) => new()
    {
        ContainerPort = 8080,
        {|K8S1001:HostPort = exposeOnHost ? 8080 : null|},
    };

    public static V1PodSpec? Spec(V1PodSpec? template)
    {
        if (template?.Containers is null)
        {
            return null;
        }

        var spec = template with { HostNetwork = default, HostPID = null };
        return spec;
    }

    public static V1ContainerPort Defaults() => new() { ContainerPort = 443, HostPort = default, Protocol = null! };
}
