// A Deployment built with the v17 constructors, replicas above the cluster's node count.
// options: kube_analyzers.node_count = 2
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Deploy
{
    public static class Api
    {
        public static V1Deployment Create()
        {
            var labels = new Dictionary<string, string> { { "app", "api" } };
            var port = new V1ContainerPort(8080, {|K8S1001:hostPort: 8080|});
            var container = new V1Container("api", image: "registry.local/api:5.2", ports: new List<V1ContainerPort> { port });
            var template = new V1PodTemplateSpec(new V1ObjectMeta(labels: labels), new V1PodSpec(new List<V1Container> { container }));
            var spec = new V1DeploymentSpec(new V1LabelSelector(matchLabels: labels), template, {|K8S3001:{|K8S3002:replicas: 3|}|});
            return new V1Deployment("apps/v1", "Deployment", new V1ObjectMeta(name: "api"), spec);
        }
    }
}
