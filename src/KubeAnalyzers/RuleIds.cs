namespace KubeAnalyzers
{
    /// <summary>Every diagnostic ID the package reports. IDs are permanent: never renumber or reuse one.</summary>
    public static class RuleIds
    {
        /// <summary>Pod Security admission (baseline or restricted) rejects host namespaces and host ports.</summary>
        public const string PodSecurity = "K8S0001";

        /// <summary>A <c>kube_analyzers.*</c> option has a value that cannot be parsed.</summary>
        public const string InvalidOption = "K8S0002";

        /// <summary>A hostPort ties the pod to the nodes where that port is free.</summary>
        public const string HostPort = "K8S1001";

        /// <summary>containerPort or hostPort outside 1–65535.</summary>
        public const string PortRange = "K8S1002";

        /// <summary>Two ports of a pod claim the same protocol, hostIP and hostPort.</summary>
        public const string DuplicateHostPort = "K8S1003";

        /// <summary>hostIP set without a hostPort.</summary>
        public const string HostIPWithoutHostPort = "K8S1004";

        /// <summary>A protocol other than TCP, UDP and SCTP.</summary>
        public const string InvalidProtocol = "K8S1005";

        /// <summary>hostPort on a cluster whose network plugin has no port mapping.</summary>
        public const string HostPortWithoutPortMapping = "K8S1006";

        /// <summary>Ports on an ephemeral container.</summary>
        public const string EphemeralContainerPorts = "K8S1007";

        /// <summary>hostNetwork shares the node's network namespace.</summary>
        public const string HostNetwork = "K8S2001";

        /// <summary>hostPort different from containerPort under hostNetwork.</summary>
        public const string HostNetworkPortMismatch = "K8S2002";

        /// <summary>hostNetwork without dnsPolicy ClusterFirstWithHostNet.</summary>
        public const string HostNetworkDnsPolicy = "K8S2003";

        /// <summary>A port that node components use, opened on the node.</summary>
        public const string ReservedNodePort = "K8S2004";

        /// <summary>hostUsers false with a host namespace.</summary>
        public const string HostUsersWithHostNamespace = "K8S2005";

        /// <summary>More replicas claiming host ports than the cluster has nodes.</summary>
        public const string ReplicasAboveNodeCount = "K8S3001";

        /// <summary>A rolling update that surges pods claiming host ports.</summary>
        public const string SurgeOnHostPorts = "K8S3002";

        /// <summary>Each replica of a workload claiming host ports needs its own node.</summary>
        public const string OneNodePerReplica = "K8S3003";

        /// <summary>Negative replicas or parallelism; maxSurge and maxUnavailable both 0.</summary>
        public const string InvalidRolloutNumbers = "K8S3004";

        /// <summary>Fewer replicas than kube_analyzers.min_replicas (disabled by default).</summary>
        public const string TooFewReplicas = "K8S3005";

        /// <summary>Two workloads claim the same host port.</summary>
        public const string HostPortConflict = "K8S4001";
    }
}
