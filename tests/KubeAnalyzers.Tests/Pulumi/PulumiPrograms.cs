namespace KubeAnalyzers.Tests.Pulumi;

/// <summary>Pulumi programs written the way Pulumi's own Kubernetes examples are, for the rule tests.</summary>
internal static class PulumiPrograms
{
    /// <summary>
    /// The nginx Deployment of Pulumi's Kubernetes example as a top-level program, moved onto hostNetwork, with a
    /// placeholder for the replicas member and the strategy of its spec.
    /// </summary>
    public static string HostNetworkNginx(string replicas, string strategy = "") => $$"""
        using System.Collections.Generic;
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;
        using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
        using K8sDeployment = Pulumi.Kubernetes.Apps.V1.Deployment;

        return await Deployment.RunAsync(() =>
        {
            var appLabels = new InputMap<string>
            {
                { "app", "nginx" },
            };

            var nginx = new K8sDeployment("nginx", new DeploymentArgs
            {
                Spec = new DeploymentSpecArgs
                {
                    Selector = new LabelSelectorArgs
                    {
                        MatchLabels = appLabels,
                    },
                    {{replicas}}{{strategy}}
                    Template = new PodTemplateSpecArgs
                    {
                        Metadata = new ObjectMetaArgs
                        {
                            Labels = appLabels,
                        },
                        Spec = new PodSpecArgs
                        {
                            HostNetwork = true,
                            DnsPolicy = "ClusterFirstWithHostNet",
                            Containers =
                            {
                                new ContainerArgs
                                {
                                    Name = "nginx",
                                    Image = "nginx",
                                    Ports =
                                    {
                                        new ContainerPortArgs
                                        {
                                            ContainerPortValue = 80,
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            });

            // export the deployment name
            return new Dictionary<string, object?>
            {
                ["name"] = nginx.Metadata.Apply(m => m.Name),
            };
        });
        """;

    /// <summary>A stack with a web Deployment that publishes hostPort 80, with a placeholder for members of its spec.</summary>
    public static string HostPortWeb(string specMembers, string name = "web", string className = "WebStack") => $$"""
        using Pulumi;
        using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
        using Pulumi.Kubernetes.Types.Inputs.Core.V1;

        class {{className}} : Stack
        {
            public {{className}}()
            {
                new Pulumi.Kubernetes.Apps.V1.Deployment("{{name}}", new DeploymentArgs
                {
                    Spec = new DeploymentSpecArgs
                    {
                        {{specMembers}}
                        Template = new PodTemplateSpecArgs
                        {
                            Spec = new PodSpecArgs { Containers = { new ContainerArgs { Name = "web", Ports = { new ContainerPortArgs { ContainerPortValue = 8080, HostPort = 80 } } } } },
                        },
                    },
                });
            }
        }
        """;
}
