// v17 code (constructors, Validate) compiled after an upgrade to the v18 records: the constructors no longer exist.
// compiler-errors: expected
// standin: KubernetesClientRecords
using System.Collections.Generic;
using k8s.Models;

namespace Upgrade;

public static class Old
{
    public static V1Pod Pod()
    {
        var port = new V1ContainerPort(8080, hostPort: 8080);
        var spec = new V1PodSpec(new List<V1Container> { new V1Container("app", ports: new List<V1ContainerPort> { port }) }, hostNetwork: true);
        var pod = new V1Pod(metadata: new V1ObjectMeta(name: "app"), spec: spec);
        pod.Validate();
        return pod;
    }
}
