// A C# 12 class with a primary constructor producing v17 models.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Modern
{
    public sealed class Stack(string name, int replicas, bool onHost)
    {
        private readonly Dictionary<string, string> _labels = new() { ["app"] = name };

        public V1Deployment Deployment() => new V1Deployment(
            metadata: new V1ObjectMeta(name: name, labels: _labels),
            spec: new V1DeploymentSpec(
                new V1LabelSelector(matchLabels: _labels),
                new V1PodTemplateSpec(new V1ObjectMeta(labels: _labels), new V1PodSpec([new V1Container(name, ports: [new V1ContainerPort(8080)])], hostNetwork: onHost)),
                replicas: replicas));

        public V1Service Service() => new V1Service(metadata: new V1ObjectMeta(name: name), spec: new V1ServiceSpec(ports: [new V1ServicePort(80, targetPort: 8080)], selector: _labels));
    }
}
