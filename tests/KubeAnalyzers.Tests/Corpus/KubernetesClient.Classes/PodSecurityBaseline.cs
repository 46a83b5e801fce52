// A namespace at Pod Security "baseline" with an allow-list, written with v17 constructors.
// options: kube_analyzers.pod_security_level = baseline
// options: kube_analyzers.allowed_host_ports = 9100, 30000-30010
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Security
{
    public static class Workloads
    {
        public static V1PodSpec Agent() => new V1PodSpec(
            new List<V1Container>
            {
                new V1Container("agent", ports: new List<V1ContainerPort>
                {
                    new V1ContainerPort(9100, hostPort: 9100),
                    new V1ContainerPort({|K8S2004:30005|}, hostPort: 30005),
                    new V1ContainerPort(8080, {|K8S0001:{|K8S1001:hostPort: 8080|}|}),
                }),
            },
            {|K8S0001:{|K8S2001:{|K8S2003:hostNetwork: true|}|}|},
            {|K8S0001:hostPID: true|},
            hostIPC: false);
    }
}
