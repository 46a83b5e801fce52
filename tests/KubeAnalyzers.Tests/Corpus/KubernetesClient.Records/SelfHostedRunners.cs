// CI runners on the node's network, several per node: a ReplicaSet with a known count and a template from a local.
// options: kube_analyzers.node_count = 3
using System.Collections.Generic;
using k8s.Models;

namespace CI;

public static class Runners
{
    public static V1ReplicaSet Create()
    {
        var labels = new Dictionary<string, string> { ["app"] = "runner" };
        var template = new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = labels },
            Spec = new V1PodSpec
            {
                {|K8S2001:{|K8S2003:HostNetwork = true|}|},
                DnsPolicy = "ClusterFirst",
                Containers = [new V1Container { Name = "runner", Image = "ghcr.io/actions/runner:2.319.1", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }],
            },
        };
        var replicas = 6;
        return new V1ReplicaSet
        {
            Metadata = new V1ObjectMeta { Name = "runners" },
            Spec = new V1ReplicaSetSpec { {|K8S3001:Replicas = replicas|}, Selector = new V1LabelSelector { MatchLabels = labels }, Template = template },
        };
    }
}
