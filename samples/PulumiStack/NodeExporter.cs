using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using K8sDaemonSet = Pulumi.Kubernetes.Apps.V1.DaemonSet;

namespace PulumiStack;

/// <summary>A metrics agent on every node, on the node's own network so that it sees the node's interfaces.</summary>
public static class NodeExporter
{
    public static K8sDaemonSet Create()
    {
        var labels = new InputMap<string>
        {
            { "app", "node-exporter" },
        };

        return new K8sDaemonSet("node-exporter", new DaemonSetArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Namespace = "monitoring",
            },
            Spec = new DaemonSetSpecArgs
            {
                Selector = new LabelSelectorArgs
                {
                    MatchLabels = labels,
                },
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs
                    {
                        Labels = labels,
                    },
                    Spec = new PodSpecArgs
                    {
                        HostNetwork = true,
                        HostPID = true,
                        Containers =
                        {
                            new ContainerArgs
                            {
                                Name = "node-exporter",
                                Image = "quay.io/prometheus/node-exporter:v1.8.2",
                                Args = { "--path.rootfs=/host" },
                                Ports =
                                {
                                    new ContainerPortArgs
                                    {
                                        Name = "metrics",
                                        ContainerPortValue = 9100,
                                    },
                                },
                            },
                        },
                    },
                },
            },
        });
    }
}
