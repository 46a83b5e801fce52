// Code that only reads the models: an audit over a list of pods fetched from the API.
using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace Audit;

public sealed class HostPortAudit
{
    public IEnumerable<string> Findings(V1PodList pods)
    {
        foreach (var pod in pods.Items)
        {
            if (pod.Spec.HostNetwork == true)
            {
                yield return $"{pod.Metadata.Name}: hostNetwork with dnsPolicy {pod.Spec.DnsPolicy ?? "ClusterFirst"}";
            }

            foreach (var container in pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []))
            {
                foreach (var port in container.Ports ?? Array.Empty<V1ContainerPort>())
                {
                    if (port.HostPort is { } hostPort and not 0)
                    {
                        yield return $"{pod.Metadata.Name}/{container.Name}: hostPort {hostPort} ({port.Protocol ?? "TCP"}/{port.HostIP ?? "0.0.0.0"})";
                    }
                }
            }
        }
    }

    public static bool IsDaemon(V1Pod pod) => pod.Metadata.OwnerReferences?.Any(o => o.Kind == "DaemonSet") == true;

    public static int Replicas(V1Deployment deployment) => deployment.Spec.Replicas ?? 1;

    public static string Strategy(V1Deployment deployment) => deployment.Spec.Strategy?.RollingUpdate?.MaxSurge?.Value ?? "25%";
}
