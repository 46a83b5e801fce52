// Settings that depend on the environment: values the analyzer cannot know stay silent.
using System;
using k8s.Models;

namespace Deploy.Environments;

public static class Toggles
{
    private const bool DebugBuild = false;

    public static V1PodSpec Spec(bool onHost, int? hostPort, string dnsPolicy) => new()
    {
        HostNetwork = onHost,
        DnsPolicy = dnsPolicy,
        Containers =
        [
            new()
            {
                Name = "app",
                Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = hostPort|} }],
            },
        ],
    };

    public static V1PodSpec FromEnvironment() => new()
    {
        HostNetwork = Environment.GetEnvironmentVariable("HOST_NETWORK") == "1",
        HostPID = DebugBuild ? true : false,
        Containers = [new() { Name = "app", Ports = [new() { ContainerPort = 8080, HostPort = DebugBuild ? 8080 : 0 }] }],
    };

    public static V1PodSpec ForDebugging(bool debug)
    {
        var spec = new V1PodSpec { Containers = [new() { Name = "app" }] };
        if (debug)
        {
            {|K8S2001:{|K8S2003:spec.HostNetwork = true|}|};
        }

        return spec;
    }
}
