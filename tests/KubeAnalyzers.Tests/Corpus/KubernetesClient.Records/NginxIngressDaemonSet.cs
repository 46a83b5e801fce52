// An ingress controller on every node's network, the way the nginx-ingress charts deploy it.
using System.Collections.Generic;
using k8s.Models;

namespace Platform.Ingress;

public static class NginxIngress
{
    public static V1DaemonSet Controller()
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "ingress-nginx" };
        return new V1DaemonSet
        {
            ApiVersion = "apps/v1",
            Kind = "DaemonSet",
            Metadata = new V1ObjectMeta { Name = "ingress-nginx-controller", NamespaceProperty = "ingress-nginx" },
            Spec = new V1DaemonSetSpec
            {
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        {|K8S2001:HostNetwork = true|},
                        DnsPolicy = "ClusterFirstWithHostNet",
                        ServiceAccountName = "ingress-nginx",
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "controller",
                                Image = "registry.k8s.io/ingress-nginx/controller:v1.11.2",
                                Args = ["/nginx-ingress-controller", "--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller"],
                                Ports =
                                [
                                    new V1ContainerPort { Name = "http", ContainerPort = 80, Protocol = "TCP" },
                                    new V1ContainerPort { Name = "https", ContainerPort = 443, Protocol = "TCP" },
                                    new V1ContainerPort { Name = "webhook", ContainerPort = 8443 },
                                ],
                            },
                        ],
                    },
                },
            },
        };
    }
}
