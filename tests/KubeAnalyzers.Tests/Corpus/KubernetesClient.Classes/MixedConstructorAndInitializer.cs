// Constructor arguments and an initializer on the same object; the initializer wins.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Mixed
{
    public static class Manifests
    {
        public static V1PodSpec Spec() => new V1PodSpec(new List<V1Container>(), hostNetwork: true)
        {
            HostNetwork = false,
            DnsPolicy = "ClusterFirst",
        };

        public static V1ContainerPort Port() => new V1ContainerPort(80, hostPort: 80) { HostPort = 0, {|K8S1004:HostIP = "192.168.1.10"|} };

        public static V1ContainerPort Other() => new V1ContainerPort(80) { {|K8S1001:HostPort = 8081|}, Protocol = "TCP" };
    }
}
