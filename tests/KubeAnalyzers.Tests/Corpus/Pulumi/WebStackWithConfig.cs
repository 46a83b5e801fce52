// A Pulumi stack class whose counts come from configuration: what the analyzer cannot know stays silent.
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using K8s = Pulumi.Kubernetes;

namespace Stacks;

public sealed class WebStack : Stack
{
    private const int HttpPort = 8080;

    public WebStack()
    {
        var config = new Config();
        var labels = new InputMap<string> { { "app", "web" } };

        var web = new K8s.Apps.V1.Deployment("web", new DeploymentArgs
        {
            Spec = new DeploymentSpecArgs
            {
                {|K8S3002:Replicas = config.GetInt32("replicas") ?? 2|},
                Selector = new LabelSelectorArgs { MatchLabels = labels },
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs { Labels = labels },
                    Spec = new PodSpecArgs
                    {
                        HostNetwork = config.GetBoolean("hostNetwork") ?? false,
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "web",
                                Image = config.Require("image"),
                                Ports = { new ContainerPortArgs { ContainerPortValue = HttpPort, {|K8S1001:HostPort = HttpPort|} } },
                            },
                        },
                    },
                },
            },
        });

        var worker = new K8s.Apps.V1.Deployment("worker", new DeploymentArgs
        {
            Spec = new DeploymentSpecArgs
            {
                Replicas = 3,
                Selector = new LabelSelectorArgs { MatchLabels = { { "app", "worker" } } },
                Template = new PodTemplateSpecArgs
                {
                    Spec = new PodSpecArgs
                    {
                        Containers = { new ContainerArgs { Name = "worker", Ports = { new ContainerPortArgs { ContainerPortValue = 9000, {|K8S1001:HostPort = config.RequireInt32("workerHostPort")|} } } } },
                    },
                },
            },
        });

        Name = web.Metadata.Apply(m => m.Name);
    }

    [Output]
    public Output<string> Name { get; set; }
}
