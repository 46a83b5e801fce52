// Debug containers and init containers with v17 constructors.
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Debug
{
    public static class Pods
    {
        public static V1PodSpec Spec() => new V1PodSpec(
            new List<V1Container> { new V1Container("app", ports: new List<V1ContainerPort> { new V1ContainerPort(8080) }) },
            ephemeralContainers: new List<V1EphemeralContainer>
            {
                new V1EphemeralContainer("debug", image: "busybox", {|K8S1007:ports: new List<V1ContainerPort> { new V1ContainerPort(2345) }|}),
                new V1EphemeralContainer("shell", image: "busybox"),
            },
            initContainers: new List<V1Container>
            {
                new V1Container("init", ports: new List<V1ContainerPort> { new V1ContainerPort(5000, {|K8S1001:hostPort: 5000|}), new V1ContainerPort(5001, {|K8S1001:{|K8S1003:hostPort: 5000|}|}) }),
                new V1Container("init2", ports: new List<V1ContainerPort> { new V1ContainerPort(5000, {|K8S1001:hostPort: 5000|}), new V1ContainerPort(53, {|K8S1004:hostIP: "10.1.1.1"|}) }),
            });
    }
}
