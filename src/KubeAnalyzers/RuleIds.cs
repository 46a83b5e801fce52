namespace KubeAnalyzers
{
    /// <summary>Every diagnostic ID the package reports. IDs are permanent: never renumber or reuse one.</summary>
    public static class RuleIds
    {
        /// <summary>A hostPort ties the pod to the nodes where that port is free.</summary>
        public const string HostPort = "K8S1001";

        /// <summary>hostNetwork shares the node's network namespace.</summary>
        public const string HostNetwork = "K8S2001";
    }
}
