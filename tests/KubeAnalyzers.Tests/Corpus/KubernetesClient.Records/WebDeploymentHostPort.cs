// A web front-end published on a host port, three replicas, default rollout: the classic stalled rollout.
using System.Collections.Generic;
using k8s.Models;

namespace Shop.Deploy;

public sealed class WebFrontend
{
    public V1Deployment Build()
    {
        var selector = new Dictionary<string, string> { ["app"] = "web" };
        return new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "web", Labels = selector },
            Spec = new V1DeploymentSpec
            {
                {|K8S3002:{|K8S3003:Replicas = 3|}|},
                Selector = new V1LabelSelector { MatchLabels = selector },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = selector },
                    Spec = new V1PodSpec
                    {
                        Containers = new List<V1Container>
                        {
                            new V1Container
                            {
                                Name = "web",
                                Image = "ghcr.io/shop/web:2.4.1",
                                Ports = new List<V1ContainerPort> { new V1ContainerPort { ContainerPort = 8080, {|K8S1001:HostPort = 80|} } },
                                Env = [new V1EnvVar { Name = "ASPNETCORE_URLS", Value = "http://+:8080" }],
                            },
                        },
                    },
                },
            },
        };
    }
}
