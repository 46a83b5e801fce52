// Objects created empty and filled in later statements, the way code ported from YAML often looks.
using System.Collections.Generic;
using k8s.Models;

namespace Ported;

public static class Statements
{
    public static V1Pod Pod()
    {
        var pod = new V1Pod { Metadata = new V1ObjectMeta(), Spec = new V1PodSpec { Containers = new List<V1Container>() } };
        pod.Metadata.Name = "metrics-agent";
        {|K8S2001:pod.Spec.HostNetwork = true|};
        pod.Spec.DnsPolicy = "ClusterFirstWithHostNet";
        pod.Spec.Containers.Add(new V1Container { Name = "agent", Ports = [new V1ContainerPort { ContainerPort = 8125, Protocol = "UDP" }] });
        return pod;
    }

    public static V1Deployment Deployment()
    {
        var deployment = new V1Deployment { Spec = new V1DeploymentSpec { Selector = new V1LabelSelector(), Template = new V1PodTemplateSpec() } };
        deployment.Spec.Template.Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Ports = [new V1ContainerPort { ContainerPort = 80, {|K8S1001:HostPort = 80|} }] }] };
        {|K8S3002:{|K8S3003:deployment.Spec.Replicas = 2|}|};
        deployment.Spec.Template.Spec.HostNetwork = false;
        return deployment;
    }

    public static V1PodSpec Overwritten()
    {
        var spec = new V1PodSpec { Containers = [], HostNetwork = true };
        spec.HostNetwork = false;
        return spec;
    }
}
