// A load-test Job that runs four pods at once on the node's network.
using k8s.Models;

namespace LoadTests;

public static class LoadJob
{
    public static V1Job Create(string target)
    {
        const int workers = 4;
        return new V1Job
        {
            Metadata = new V1ObjectMeta { Name = "load-test" },
            Spec = new V1JobSpec
            {
                {|K8S3003:Parallelism = workers|},
                Completions = 8,
                BackoffLimit = 0,
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        {|K8S2001:{|K8S2003:HostNetwork = true|}|},
                        RestartPolicy = "Never",
                        Containers = [new V1Container { Name = "k6", Image = "grafana/k6:0.52.0", Args = ["run", "--vus", "200", target] }],
                    },
                },
            },
        };
    }
}
