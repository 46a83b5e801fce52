// A namespace enforcing Pod Security "restricted": host namespaces and host ports are rejected at admission.
// options: kube_analyzers.pod_security_level = restricted
// options: kube_analyzers.allowed_host_ports = 8443
using k8s.Models;

namespace Tenants;

public static class TenantWorkloads
{
    public static V1Pod Debug() => new()
    {
        Metadata = new() { Name = "debug", NamespaceProperty = "tenant-a" },
        Spec = new()
        {
            {|K8S0001:HostPID = true|},
            {|K8S0001:HostIPC = true|},
            HostNetwork = false,
            Containers =
            [
                new()
                {
                    Name = "debug",
                    Ports =
                    [
                        new() { ContainerPort = 8080, {|K8S0001:{|K8S1001:HostPort = 8080|}|} },
                        new() { ContainerPort = 8443, HostPort = 8443 },
                    ],
                },
            ],
        },
    };
}
