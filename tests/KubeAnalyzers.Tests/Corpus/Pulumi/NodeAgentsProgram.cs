// A Pulumi program (top-level statements) with two node agents: a hostNetwork DaemonSet and a hostPort one.
using System.Collections.Generic;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

return await Deployment.RunAsync(() =>
{
    var labels = new InputMap<string> { { "app", "node-exporter" } };

    var exporter = new Pulumi.Kubernetes.Apps.V1.DaemonSet("node-exporter", new DaemonSetArgs
    {
        Metadata = new ObjectMetaArgs { Namespace = "monitoring" },
        Spec = new DaemonSetSpecArgs
        {
            Selector = new LabelSelectorArgs { MatchLabels = labels },
            Template = new PodTemplateSpecArgs
            {
                Metadata = new ObjectMetaArgs { Labels = labels },
                Spec = new PodSpecArgs
                {
                    {|K8S2001:{|K8S2003:HostNetwork = true|}|},
                    HostPID = true,
                    Containers =
                    {
                        new ContainerArgs
                        {
                            Name = "node-exporter",
                            Image = "quay.io/prometheus/node-exporter:v1.8.2",
                            Ports = { new ContainerPortArgs { Name = "metrics", ContainerPortValue = 9100 } },
                        },
                    },
                },
            },
        },
    });

    var shipper = new Pulumi.Kubernetes.Apps.V1.DaemonSet("log-shipper", new DaemonSetArgs
    {
        Spec = new DaemonSetSpecArgs
        {
            Selector = new LabelSelectorArgs { MatchLabels = { { "app", "log-shipper" } } },
            Template = new PodTemplateSpecArgs
            {
                Spec = new PodSpecArgs
                {
                    Containers =
                    {
                        new ContainerArgs
                        {
                            Name = "fluent-bit",
                            Ports = new ContainerPortArgs { ContainerPortValue = 24224, {|K8S1001:HostPort = 24224|} },
                        },
                    },
                },
            },
        },
    });

    return new Dictionary<string, object?> { ["exporter"] = exporter.Metadata.Apply(m => m.Name) };
});
