// Workloads produced by an iterator and by async methods.
using System.Collections.Generic;
using System.Threading.Tasks;
using k8s.Models;

namespace Generation;

public static class Streams
{
    public static IEnumerable<V1Pod> Shards(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new V1Pod
            {
                Metadata = new() { Name = $"shard-{i}" },
                Spec = new() { Containers = [new() { Name = "shard", Ports = [new() { ContainerPort = 7000, {|K8S1001:HostPort = 7000 + i|} }] }] },
            };
        }
    }

    public static async Task<V1DaemonSet> AgentAsync(Task<string> image)
    {
        var name = await image;
        return new V1DaemonSet
        {
            Metadata = new() { Name = "agent" },
            Spec = new()
            {
                Selector = new(),
                Template = new() { Spec = new() { {|K8S2001:{|K8S2003:HostNetwork = true|}|}, Containers = [new() { Name = "agent", Image = name }] } },
                UpdateStrategy = new() { RollingUpdate = new() { {|K8S3002:MaxSurge = 1|}, MaxUnavailable = 0 } },
            },
        };
    }
}
