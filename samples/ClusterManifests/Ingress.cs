using k8s.Models;

namespace ClusterManifests;

/// <summary>An nginx edge proxy that answers on the nodes' port 80.</summary>
public static class Ingress
{
    public static V1Deployment Create(int replicas)
    {
        var labels = new Dictionary<string, string> { ["app"] = "edge" };
        var spec = new V1PodSpec
        {
            Containers =
            [
                new()
                {
                    Name = "nginx",
                    Image = "nginx:1.27",
                    Ports = [new() { ContainerPort = 80 }],
                },
            ],
        };
        spec.HostNetwork = true;

        return new V1Deployment
        {
            Metadata = new() { Name = "edge", NamespaceProperty = "ingress" },
            Spec = new()
            {
                Replicas = replicas,
                Selector = new() { MatchLabels = labels },
                Template = new() { Metadata = new() { Labels = labels }, Spec = spec },
            },
        };
    }
}
