// The client is referenced, but the code names types it does not have (a newer API version, a typo):
// those are error types; the analyzer neither crashes nor reports on them. A real V1PodSpec inside an unresolved
// object is still one the code builds, like a pod spec a helper returns.
// standin: KubernetesClientRecords
// compiler-errors: expected
using System.Collections.Generic;
using k8s.Models;

namespace Typos;

public static class Manifests
{
    public static V2Pod Future() => new V2Pod { Spec = new V2PodSpec { HostNetwork = true, Containers = [] } };

    public static V1PodSpec Mixed() => new V1PodSpec
    {
        Containers = [new V1Container { Name = "app", Ports = [new V1ContainerPrt { ContainerPort = 80, HostPort = 80 }] }],
        HostNetwok = true,
    };

    public static V1Deployment Deployment() => new V1Deployment
    {
        Spec = new V1DeploymentSpecification { Replicas = 5, Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [], {|K8S2001:{|K8S2003:HostNetwork = true|}|} } } },
    };

    public static void Assign(V1PodSpecs spec) => spec.HostNetwork = true;
}
