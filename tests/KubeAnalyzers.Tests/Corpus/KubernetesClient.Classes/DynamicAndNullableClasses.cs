// dynamic and nullable values with the v17 classes; a dynamic argument makes the constructor call late-bound, so it is not analyzed.
#nullable enable
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Dynamic
{
    public static class Values
    {
        public static V1ContainerPort FromJson(dynamic json) => new V1ContainerPort((int)json.port, hostPort: json.hostPort);

        public static V1ContainerPort Maybe(int? hostPort) => new V1ContainerPort(80, {|K8S1001:hostPort: hostPort|});

        public static V1ContainerPort None() => new V1ContainerPort(80, hostPort: null, hostIP: null);

        public static V1PodSpec Spec(bool? onHost) => new V1PodSpec(new List<V1Container>(), hostNetwork: onHost ?? false);

        public static V1PodSpec? Optional(V1PodSpec? spec) => spec is null ? null : new V1PodSpec(spec.Containers, hostNetwork: spec.HostNetwork);
    }
}
