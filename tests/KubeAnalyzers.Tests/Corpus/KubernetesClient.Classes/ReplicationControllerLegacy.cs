// A ReplicationController, still found in old code bases, with the count in a local.
// options: kube_analyzers.node_count = 4
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Controllers
{
    public static class Frontend
    {
        public static V1ReplicationController Create()
        {
            var replicas = 4;
            var template = new V1PodTemplateSpec(
                new V1ObjectMeta(labels: new Dictionary<string, string> { ["app"] = "frontend" }),
                new V1PodSpec(new List<V1Container> { new V1Container("php", ports: new List<V1ContainerPort> { new V1ContainerPort(80, {|K8S1001:hostPort: 80|}) }) }));
            return new V1ReplicationController(
                metadata: new V1ObjectMeta(name: "frontend"),
                spec: new V1ReplicationControllerSpec({|K8S3003:replicas: replicas|}, selector: new Dictionary<string, string> { ["app"] = "frontend" }, template: template));
        }
    }
}
