// The pre-initializer style of old samples: create, then assign every property.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Statements
{
    public class Builder
    {
        public V1Pod Build()
        {
            var port = new V1ContainerPort();
            port.ContainerPort = 8125;
            {|K8S1001:port.HostPort = 8125|};
            port.Protocol = "UDP";

            var container = new V1Container();
            container.Name = "statsd";
            container.Image = "statsd/statsd:v0.10.2";
            container.Ports = new List<V1ContainerPort>();
            container.Ports.Add(port);

            var spec = new V1PodSpec();
            spec.Containers = new List<V1Container> { container };
            {|K8S2001:{|K8S2003:spec.HostNetwork = true|}|};

            var pod = new V1Pod();
            pod.Metadata = new V1ObjectMeta();
            pod.Metadata.Name = "statsd";
            pod.Spec = spec;
            pod.Validate();
            return pod;
        }
    }
}
