// hostNetwork pods whose hostPort differs from the containerPort, with constants and positional arguments.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.HostNetwork
{
    public static class Proxies
    {
        private const int ProxyPort = 3128;

        public static V1Pod Squid() => new V1Pod(
            metadata: new V1ObjectMeta(name: "squid"),
            spec: new V1PodSpec(
                new List<V1Container>
                {
                    new V1Container("squid", ports: new List<V1ContainerPort>
                    {
                        new V1ContainerPort(ProxyPort, null, {|K8S1001:{|K8S2002:3129|}|}),
                        new V1ContainerPort(ProxyPort + 1, {|K8S1001:{|K8S1003:hostPort: ProxyPort + 1|}|}),
                        new V1ContainerPort(4000, hostPort: 0),
                    }),
                },
                dnsPolicy: "ClusterFirstWithHostNet",
                {|K8S2001:hostNetwork: true|}));
    }
}
