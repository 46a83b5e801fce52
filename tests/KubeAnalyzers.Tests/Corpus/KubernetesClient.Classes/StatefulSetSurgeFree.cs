// A StatefulSet on host ports: no surge (StatefulSets replace pods in place), one node per replica.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Stateful
{
    public static class Zookeeper
    {
        public static V1StatefulSet Create() => new V1StatefulSet(
            metadata: new V1ObjectMeta(name: "zk"),
            spec: new V1StatefulSetSpec(
                new V1LabelSelector(matchLabels: new Dictionary<string, string> { ["app"] = "zk" }),
                "zk-headless",
                new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container>
                {
                    new V1Container("zk", ports: new List<V1ContainerPort>
                    {
                        new V1ContainerPort(2181, {|K8S1001:hostPort: 2181|}, name: "client"),
                        new V1ContainerPort(2888, name: "peer"),
                    }),
                })),
                {|K8S3003:replicas: 3|}));
    }
}
