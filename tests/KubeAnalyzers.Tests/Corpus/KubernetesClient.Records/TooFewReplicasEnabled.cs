// A team that enables K8S3005 (off by default) with a minimum of two replicas.
// options: dotnet_diagnostic.K8S3005.severity = warning
using k8s.Models;

namespace Availability;

public static class Services
{
    public static V1Deployment Single() => new()
    {
        Metadata = new() { Name = "checkout" },
        Spec = new() { {|K8S3005:Replicas = 1|}, Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "checkout" }] } } },
    };

    public static V1Deployment Pair() => new()
    {
        Metadata = new() { Name = "cart" },
        Spec = new() { Replicas = 2, Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "cart" }] } } },
    };

    public static V1StatefulSet Database() => new()
    {
        Metadata = new() { Name = "db" },
        Spec = {|K8S3005:new() { ServiceName = "db", Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "postgres" }] } } }|},
    };

    public static V1DaemonSet PerNode() => new()
    {
        Spec = new() { Selector = new(), Template = new() { Spec = new() { Containers = [new() { Name = "agent" }] } } },
    };
}
