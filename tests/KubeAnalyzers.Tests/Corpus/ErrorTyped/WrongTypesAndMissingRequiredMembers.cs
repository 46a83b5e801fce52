// Values of the wrong type and records missing their required members: compiler errors, no crash, no guess.
// 8080L still says hostPort 8080 (the compiler only asks for a cast), so K8S1001 reports it.
// compiler-errors: expected
// standin: KubernetesClientRecords
using k8s.Models;

namespace Mistakes;

public static class Wrong
{
    public static V1PodSpec Spec() => new V1PodSpec { HostNetwork = "yes", DnsPolicy = 42, Containers = null };

    public static V1ContainerPort Port() => new V1ContainerPort { {|K8S1001:HostPort = 8080L|}, HostIP = 10 };

    public static V1Deployment Deployment() => new V1Deployment { Spec = new V1DeploymentSpec { Replicas = "three" } };

    public static V1PodSpec Copy(V1PodSpec spec) => spec with { HostNetwork = 1 };
}
