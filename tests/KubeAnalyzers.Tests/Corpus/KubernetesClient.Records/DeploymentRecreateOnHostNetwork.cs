// The nginx-on-hostNetwork Deployment done right: one pod per node, Recreate, ClusterFirstWithHostNet.
// options: kube_analyzers.node_count = 2
using System.Collections.Generic;
using k8s.Models;

namespace Edge;

public static class Nginx
{
    public static V1Deployment Create()
    {
        var labels = new Dictionary<string, string> { ["app"] = "nginx" };
        return new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "nginx" },
            Spec = new V1DeploymentSpec
            {
                {|K8S3003:Replicas = 2|},
                Strategy = new V1DeploymentStrategy { Type = "Recreate" },
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        {|K8S2001:HostNetwork = true|},
                        DnsPolicy = "ClusterFirstWithHostNet",
                        Containers = [new V1Container { Name = "nginx", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 80 }] }],
                    },
                },
            },
        };
    }
}
