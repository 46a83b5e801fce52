// Pattern matching and switch statements over models: reading, not building.
using k8s;
using k8s.Models;

namespace Inspect;

public static class Kinds
{
    public static string Describe(IKubernetesObject obj) => obj switch
    {
        V1Deployment { Spec.Replicas: > 1 } d => $"deployment {d.Metadata.Name} x{d.Spec.Replicas}",
        V1DaemonSet { Spec.Template.Spec.HostNetwork: true } ds => $"host daemonset {ds.Metadata.Name}",
        V1Pod { Spec: { HostNetwork: true, DnsPolicy: not "ClusterFirstWithHostNet" } } p => $"pod {p.Metadata.Name} with host DNS",
        _ => "other",
    };

    public static int? FirstHostPort(V1PodSpec spec)
    {
        switch (spec.Containers)
        {
            case [{ Ports: [{ HostPort: { } port }, ..] }, ..]:
                return port;
            default:
                return null;
        }
    }
}
