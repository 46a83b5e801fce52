// A nightly backup CronJob that talks to a node-local agent through a host port.
using k8s.Models;

namespace Backups;

public static class Nightly
{
    public static V1CronJob Backup() => new()
    {
        Metadata = new() { Name = "nightly-backup" },
        Spec = new()
        {
            Schedule = "0 3 * * *",
            ConcurrencyPolicy = "Forbid",
            JobTemplate = new()
            {
                Spec = new()
                {
                    Template = new()
                    {
                        Spec = new()
                        {
                            RestartPolicy = "OnFailure",
                            Containers =
                            [
                                new()
                                {
                                    Name = "restic",
                                    Image = "restic/restic:0.17.0",
                                    Ports = [new() { ContainerPort = 8000, {|K8S1001:HostPort = 8000|}, {|K8S1005:Protocol = "tcp"|} }],
                                },
                            ],
                        },
                    },
                },
            },
        },
    };
}
