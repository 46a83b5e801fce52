// Rollout parameters through IntstrIntOrString, as KubernetesClient 17 spells them.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Rollouts
{
    public static class Strategies
    {
        private static V1PodTemplateSpec Template(int hostPort) => new V1PodTemplateSpec(
            spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, {|K8S1001:hostPort: hostPort|}) }) }));

        public static V1DeploymentSpec Implicit() => new V1DeploymentSpec(
            new V1LabelSelector(),
            new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, {|K8S1001:hostPort: 9080|}) }) })),
            replicas: 1,
            strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment({|K8S3002:maxSurge: 1|}, maxUnavailable: 0)));

        public static V1DeploymentSpec Wrapped() => new V1DeploymentSpec(
            new V1LabelSelector(),
            new V1PodTemplateSpec(spec: new V1PodSpec(new List<V1Container> { new V1Container("web", ports: new List<V1ContainerPort> { new V1ContainerPort(8080, {|K8S1001:hostPort: 9081|}) }) })),
            replicas: 1,
            strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment(maxSurge: new IntstrIntOrString("25%"))));

        public static V1DeploymentSpec Recreate() => new V1DeploymentSpec(new V1LabelSelector(), Template(9082), replicas: 2, strategy: new V1DeploymentStrategy(type: "Recreate"));

        public static V1DeploymentSpec Zero() => new V1DeploymentSpec(
            new V1LabelSelector(),
            Template(9083),
            strategy: new V1DeploymentStrategy(new V1RollingUpdateDeployment("0", {|K8S3004:"0%"|})));
    }
}
