// A StatefulSet of brokers on host ports, in a cluster of two nodes.
// options: kube_analyzers.node_count = 2
using System.Collections.Generic;
using k8s.Models;

namespace Messaging;

public static class Brokers
{
    private const int BrokerPort = 9092;

    public static V1StatefulSet Kafka()
    {
        var labels = new Dictionary<string, string> { ["app"] = "kafka" };
        var spec = new V1StatefulSetSpec
        {
            ServiceName = "kafka-headless",
            {|K8S3001:Replicas = 3|},
            Selector = new V1LabelSelector { MatchLabels = labels },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = labels },
                Spec = new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "kafka",
                            Image = "bitnami/kafka:3.7",
                            Ports = [new V1ContainerPort { Name = "external", ContainerPort = BrokerPort, {|K8S1001:HostPort = BrokerPort|} }],
                        },
                    ],
                },
            },
        };
        return new V1StatefulSet { Metadata = new V1ObjectMeta { Name = "kafka" }, Spec = spec };
    }
}
