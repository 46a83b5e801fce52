// A manifest loaded from YAML and patched in code: the analyzer cannot see what the YAML holds.
using k8s;
using k8s.Models;

namespace Patching;

public static class Patch
{
    public static V1Deployment Load(string yaml)
    {
        var deployment = KubernetesYaml.Deserialize<V1Deployment>(yaml);
        deployment.Spec.Replicas = 2;
        {|K8S2001:deployment.Spec.Template.Spec.HostNetwork = true|};
        deployment.Metadata.Labels["patched"] = "true";
        return deployment;
    }

    public static string Roundtrip(string yaml)
    {
        var pod = KubernetesYaml.Deserialize<V1Pod>(yaml);
        pod.Spec.Containers[0].Ports[0].HostIP = "127.0.0.1";
        return KubernetesYaml.Serialize(pod);
    }
}
