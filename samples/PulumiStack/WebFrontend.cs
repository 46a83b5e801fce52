using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace PulumiStack;

/// <summary>The web front end, reachable on port 8080 of the node it runs on.</summary>
public static class WebFrontend
{
    public static Pulumi.Kubernetes.Apps.V1.Deployment Create()
    {
        var config = new Config();
        var appLabels = new InputMap<string>
        {
            { "app", "web" },
        };

        return new Pulumi.Kubernetes.Apps.V1.Deployment("web", new DeploymentArgs
        {
            Spec = new DeploymentSpecArgs
            {
                Selector = new LabelSelectorArgs
                {
                    MatchLabels = appLabels,
                },
                Replicas = config.GetInt32("replicas") ?? 2,
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs
                    {
                        Labels = appLabels,
                    },
                    Spec = new PodSpecArgs
                    {
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "nginx",
                                Image = "nginx:1.27",
                                Ports = new ContainerPortArgs
                                {
                                    ContainerPortValue = 80,
                                    HostPort = 8080,
                                },
                            },
                        },
                    },
                },
            },
        });
    }
}
