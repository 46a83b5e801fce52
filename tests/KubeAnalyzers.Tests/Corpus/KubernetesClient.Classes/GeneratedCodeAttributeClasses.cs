// [GeneratedCode] on a v17 manifest class: not analyzed.
using System.CodeDom.Compiler;
using System.Collections.Generic;
using k8s.Models;

namespace Legacy.Generated
{
    [GeneratedCode("kubeconform-codegen", "0.6")]
    internal static class Generated
    {
        internal static V1Pod Pod() => new V1Pod(spec: new V1PodSpec(new List<V1Container> { new V1Container("app", ports: new List<V1ContainerPort> { new V1ContainerPort(0, hostPort: 70000, protocol: "tcp") }) }, hostNetwork: true));
    }

    internal static class Written
    {
        [GeneratedCode("kubeconform-codegen", "0.6")]
        internal static V1Pod GeneratedMethod() => new V1Pod(spec: new V1PodSpec(new List<V1Container>(), hostNetwork: true));

        internal static V1Pod Pod() => new V1Pod(spec: new V1PodSpec(new List<V1Container>(), {|K8S2001:{|K8S2003:hostNetwork: true|}|}));
    }
}
