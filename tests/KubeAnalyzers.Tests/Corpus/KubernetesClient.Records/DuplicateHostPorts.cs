// A pod whose sidecar publishes the same host port as the main container.
using k8s.Models;

namespace Sidecars;

public static class Mesh
{
    private const int Admin = 15000;

    public static V1Pod Pod()
    {
        var main = new V1Container { Name = "app", Ports = [new() { ContainerPort = 8080, {|K8S1001:HostPort = 8080|} }] };
        var proxy = new V1Container
        {
            Name = "proxy",
            Ports =
            [
                new() { ContainerPort = 8081, {|K8S1001:{|K8S1003:HostPort = 8080|}|} },
                new() { ContainerPort = Admin, {|K8S1001:HostPort = Admin|}, HostIP = "127.0.0.1" },
                new() { ContainerPort = Admin, {|K8S1001:HostPort = Admin|}, Protocol = "UDP" },
            ],
        };
        return new V1Pod { Metadata = new() { Name = "meshed" }, Spec = new() { Containers = [main, proxy] } };
    }
}
