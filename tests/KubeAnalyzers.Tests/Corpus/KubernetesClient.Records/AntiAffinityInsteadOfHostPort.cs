// Replicas kept apart with pod anti-affinity and a topology spread, not with a host port: nothing to report.
using System.Collections.Generic;
using k8s.Models;

namespace Spread;

public static class Api
{
    public static V1Deployment Create()
    {
        var labels = new Dictionary<string, string> { ["app"] = "api" };
        return new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "api" },
            Spec = new V1DeploymentSpec
            {
                Replicas = 6,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        Affinity = new V1Affinity
                        {
                            PodAntiAffinity = new V1PodAntiAffinity
                            {
                                RequiredDuringSchedulingIgnoredDuringExecution =
                                [
                                    new V1PodAffinityTerm { TopologyKey = "kubernetes.io/hostname", LabelSelector = new V1LabelSelector { MatchLabels = labels } },
                                ],
                            },
                        },
                        TopologySpreadConstraints =
                        [
                            new V1TopologySpreadConstraint { MaxSkew = 1, TopologyKey = "topology.kubernetes.io/zone", WhenUnsatisfiable = "ScheduleAnyway", LabelSelector = new V1LabelSelector { MatchLabels = labels } },
                        ],
                        Containers = [new V1Container { Name = "api", Image = "api:3", Ports = [new V1ContainerPort { ContainerPort = 8080, Name = "http" }] }],
                    },
                },
            },
        };
    }
}
