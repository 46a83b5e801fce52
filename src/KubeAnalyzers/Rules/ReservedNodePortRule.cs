using KubeAnalyzers.Model;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// K8S2004: a port opened on the node that a node component uses: a hostNetwork container's containerPort,
    /// or any non-zero hostPort, in <c>kube_analyzers.reserved_node_ports</c>.
    /// </summary>
    internal static class ReservedNodePortRule
    {
        public static void Analyze(WorkloadModel workload, RuleContext context)
        {
            var reserved = context.Options.ReservedNodePorts;
            if (reserved.IsEmpty)
            {
                return;
            }

            var hostNetwork = workload.Pod.HostNetwork.Is(true);
            foreach (var container in workload.Pod.Containers)
            {
                foreach (var port in container.Ports)
                {
                    var containerPortReported = false;
                    if (hostNetwork && port.ContainerPort is { IsKnown: true, Value: var containerPort, Member: { } containerMember } && reserved.Contains(containerPort))
                    {
                        context.Report(Descriptors.ReservedNodePort, containerMember, RuleContext.Field("containerPort"), "containerPort", containerPort, ComponentOf(containerPort));
                        containerPortReported = true;
                    }

                    if (port.HostPort is { IsKnown: true, Value: var hostPort, Member: { } hostMember } && hostPort != 0 && reserved.Contains(hostPort)
                        && !(containerPortReported && port.ContainerPort.Is(hostPort)))
                    {
                        context.Report(Descriptors.ReservedNodePort, hostMember, RuleContext.Field("hostPort"), "hostPort", hostPort, ComponentOf(hostPort));
                    }
                }
            }
        }

        /// <summary>Who uses a port on a typical node, for the message.</summary>
        internal static string ComponentOf(int port) => port switch
        {
            22 => "sshd",
            2379 or 2380 => "etcd",
            6443 => "kube-apiserver",
            10249 => "kube-proxy's metrics endpoint",
            10250 => "the kubelet",
            10255 => "the kubelet's read-only endpoint",
            10256 => "kube-proxy's health check",
            10257 => "kube-controller-manager",
            10259 => "kube-scheduler",
            >= 30000 and <= 32767 => "kube-proxy, for NodePort Services,",
            _ => "a node component (kube_analyzers.reserved_node_ports)",
        };
    }
}
