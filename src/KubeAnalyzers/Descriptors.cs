using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers
{
    /// <summary>The diagnostic descriptors, each built by <see cref="Create"/>.</summary>
    public static class Descriptors
    {
        /// <summary>Where the rule pages live; each descriptor links to <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/kubeanalyzers/kubeanalyzers/blob/main/docs/rules/";

        internal const string AdmissionCategory = "Kubernetes.Admission";
        internal const string ConfigurationCategory = "Kubernetes.Configuration";
        internal const string HostPortCategory = "Kubernetes.HostPort";
        internal const string HostNetworkCategory = "Kubernetes.HostNetwork";
        internal const string SchedulingCategory = "Kubernetes.Scheduling";

        public static readonly DiagnosticDescriptor PodSecurity = Create(
            RuleIds.PodSecurity,
            AdmissionCategory,
            DiagnosticSeverity.Error,
            title: "Pod Security admission rejects this pod",
            message: "Pod Security \"{0}\" rejects {1}: {2}",
            description: "The Pod Security Standards' baseline level (and restricted, which includes it) forbids host namespaces (hostNetwork, hostPID, hostIPC) and host ports other than those the namespace allows. With kube_analyzers.pod_security_level set to baseline or restricted, the API server's admission would reject this pod, or the workload's pods would never be created.");

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            RuleIds.InvalidOption,
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            title: "Invalid KubeAnalyzers option",
            message: "Option '{0}' has the value '{1}', which is not {2}; the default is used instead",
            description: "A kube_analyzers.* option in .editorconfig or .globalconfig could not be parsed. The rules that read it fall back to its default until the value is corrected.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor HostPort = Create(
            RuleIds.HostPort,
            HostPortCategory,
            DiagnosticSeverity.Warning,
            title: "hostPort ties the pod to specific nodes",
            message: "hostPort {0} ties the pod to nodes where {1} is free; network plugins without port mapping ignore hostPort silently and Pod Security \"baseline\" rejects it; prefer a NodePort Service",
            description: "A container port with a non-zero hostPort can only be scheduled on a node where that protocol, host IP and port are free, so each node runs at most one such pod. CNI plugins without the portmap capability drop the mapping without an error, and the Pod Security \"baseline\" level rejects host ports that are not allow-listed. A NodePort or LoadBalancer Service exposes the pods without these limits.");

        public static readonly DiagnosticDescriptor PortRange = Create(
            RuleIds.PortRange,
            HostPortCategory,
            DiagnosticSeverity.Error,
            title: "Port number out of range",
            message: "{0} {1} is out of range: the API server requires a port between 1 and 65535, inclusive",
            description: "The API server rejects a containerPort outside 1–65535, and a hostPort that is neither 0 (no host port) nor in 1–65535.");

        public static readonly DiagnosticDescriptor DuplicateHostPort = Create(
            RuleIds.DuplicateHostPort,
            HostPortCategory,
            DiagnosticSeverity.Error,
            title: "Duplicate host port in pod",
            message: "hostPort {0}: {1} is already claimed by {2} in this pod; the API server rejects the pod (\"Duplicate value\")",
            description: "The API server requires each protocol/hostIP/hostPort to be unique across the regular containers of a pod, and within each init container (an empty protocol is TCP).");

        public static readonly DiagnosticDescriptor HostIPWithoutHostPort = Create(
            RuleIds.HostIPWithoutHostPort,
            HostPortCategory,
            DiagnosticSeverity.Warning,
            title: "hostIP without hostPort",
            message: "hostIP {0} has no effect without a non-zero hostPort",
            description: "hostIP only chooses the node address a hostPort binds to. Without a hostPort nothing is bound on the node and the field does nothing, which usually means the hostPort it was meant for is missing.");

        public static readonly DiagnosticDescriptor InvalidProtocol = Create(
            RuleIds.InvalidProtocol,
            HostPortCategory,
            DiagnosticSeverity.Error,
            title: "Invalid port protocol",
            message: "Protocol {0} is not supported: the API server accepts \"TCP\", \"UDP\" and \"SCTP\", in upper case",
            description: "A container port's protocol must be exactly TCP, UDP or SCTP; the API server rejects any other value, including the lower-case spellings.");

        public static readonly DiagnosticDescriptor HostPortWithoutPortMapping = Create(
            RuleIds.HostPortWithoutPortMapping,
            HostPortCategory,
            DiagnosticSeverity.Warning,
            title: "hostPort ignored by the cluster's network plugin",
            message: "hostPort {0} will be silently dropped: the cluster's network plugin has no port mapping (kube_analyzers.cni_port_mapping = false)",
            description: "CNI plugins without the portmap capability ignore hostPort: the pod runs, and nothing listens on the node's port. With kube_analyzers.cni_port_mapping = false every hostPort is reported.");

        public static readonly DiagnosticDescriptor EphemeralContainerPorts = Create(
            RuleIds.EphemeralContainerPorts,
            HostPortCategory,
            DiagnosticSeverity.Error,
            title: "Ephemeral containers cannot declare ports",
            message: "Ephemeral container {0} declares ports; the API server rejects ports on ephemeral containers",
            description: "Ephemeral containers (kubectl debug) may not declare ports, liveness, readiness or startup probes, or resources; the API server rejects the update.");

        public static readonly DiagnosticDescriptor HostNetwork = Create(
            RuleIds.HostNetwork,
            HostNetworkCategory,
            DiagnosticSeverity.Warning,
            title: "hostNetwork shares the node's network namespace",
            message: "{0} uses hostNetwork: every port its containers open is opened on the node, where it collides with the node's own services and other pods' ports; Pod Security \"baseline\" rejects it",
            description: "With hostNetwork the pod's containers bind directly on the node's interfaces. Two such pods (or a pod and a node daemon) that open the same port cannot run on one node, the second crashes with \"Address in use\", and the Pod Security \"baseline\" level rejects host namespaces.");

        public static readonly DiagnosticDescriptor HostNetworkPortMismatch = Create(
            RuleIds.HostNetworkPortMismatch,
            HostNetworkCategory,
            DiagnosticSeverity.Error,
            title: "hostPort must equal containerPort with hostNetwork",
            message: "hostPort {0} differs from containerPort {1} under hostNetwork; the API server requires them to match (\"must match containerPort when hostNetwork is true\")",
            description: "In the node's network namespace there is no port mapping: the container listens on the node's port directly. The API server therefore requires every non-zero hostPort of a regular container to equal its containerPort when hostNetwork is true.");

        public static readonly DiagnosticDescriptor HostNetworkDnsPolicy = Create(
            RuleIds.HostNetworkDnsPolicy,
            HostNetworkCategory,
            DiagnosticSeverity.Warning,
            title: "hostNetwork pod without ClusterFirstWithHostNet",
            message: "{0} uses hostNetwork with dnsPolicy {1}: the kubelet gives it the node's resolv.conf and cluster Service names stop resolving; set dnsPolicy to \"ClusterFirstWithHostNet\"",
            description: "For a hostNetwork pod the kubelet applies dnsPolicy ClusterFirst (the default) as Default: the pod uses the node's DNS configuration and cannot resolve Service names. ClusterFirstWithHostNet sends its queries to the cluster DNS.");

        public static readonly DiagnosticDescriptor ReservedNodePort = Create(
            RuleIds.ReservedNodePort,
            HostNetworkCategory,
            DiagnosticSeverity.Warning,
            title: "Port collides with a node component",
            message: "{0} {1} is opened on the node, where {2} uses it; the pod fails to bind it or takes it from the node",
            description: "A hostNetwork container's ports and any hostPort are opened on the node itself, next to sshd, etcd, the API server, the kubelet, kube-proxy and the NodePort Services range. The list is configurable with kube_analyzers.reserved_node_ports.");

        public static readonly DiagnosticDescriptor HostUsersWithHostNamespace = Create(
            RuleIds.HostUsersWithHostNamespace,
            HostNetworkCategory,
            DiagnosticSeverity.Error,
            title: "hostNetwork with hostUsers false",
            message: "hostUsers is false while {0}; the API server forbids host namespaces in a pod with its own user namespace",
            description: "A pod with hostUsers: false runs in its own user namespace, which cannot be combined with the node's network, PID or IPC namespace: the API server rejects the pod (\"Forbidden: when `pod.Spec.HostUsers` is false\").");

        public static readonly DiagnosticDescriptor ReplicasAboveNodeCount = Create(
            RuleIds.ReplicasAboveNodeCount,
            SchedulingCategory,
            DiagnosticSeverity.Warning,
            title: "More replicas than nodes can hold",
            message: "{0} runs {1} pods that claim {2}, but kube_analyzers.node_count is {3}: {4}",
            description: "Two pods that claim the same host port (or the node's network) cannot run on one node. With more replicas than schedulable nodes, the extra pods stay Pending, or, under hostNetwork with undeclared ports, are placed anyway and crash with \"Address in use\".");

        public static readonly DiagnosticDescriptor SurgeOnHostPorts = Create(
            RuleIds.SurgeOnHostPorts,
            SchedulingCategory,
            DiagnosticSeverity.Warning,
            title: "Rolling update cannot surge on host ports",
            message: "{0} rolls out with maxSurge {1} while its pods claim {2}: a surge pod needs a node whose port is free, so the rollout stalls when every node runs one; {3}",
            description: "A RollingUpdate with a non-zero maxSurge (the Deployment default is 25%, at least one pod) starts new pods before old ones stop. A new pod that claims a host port can only go to a node where that port is free; with as many replicas as eligible nodes there is none, and the rollout waits forever.");

        public static readonly DiagnosticDescriptor OneNodePerReplica = Create(
            RuleIds.OneNodePerReplica,
            SchedulingCategory,
            DiagnosticSeverity.Info,
            title: "One node per replica",
            message: "Each of the {1} of {0} needs a node of its own, because its pods claim {2}; a service meant to run once per node is a DaemonSet, and replicas that only need to be kept apart want pod anti-affinity on kubernetes.io/hostname",
            description: "A workload whose pods claim host ports can run at most one pod per node. When that is the intent (a per-node agent), a DaemonSet says so and scales with the cluster; when the intent is to spread replicas, required pod anti-affinity on kubernetes.io/hostname or topology spread constraints do it without a host port.");

        public static readonly DiagnosticDescriptor InvalidRolloutNumbers = Create(
            RuleIds.InvalidRolloutNumbers,
            SchedulingCategory,
            DiagnosticSeverity.Error,
            title: "Invalid rollout numbers",
            message: "{0}; the API server rejects it",
            description: "The API server rejects a negative replicas or parallelism, a rolling update whose maxSurge and maxUnavailable are both 0 (\"may not be 0 when `maxSurge` is 0\"): such a rollout could never make progress, and a DaemonSet rolling update whose maxSurge and maxUnavailable are both non-zero (after the defaults 0 and 1).");

        public static readonly DiagnosticDescriptor TooFewReplicas = Create(
            RuleIds.TooFewReplicas,
            SchedulingCategory,
            DiagnosticSeverity.Warning,
            title: "Too few replicas",
            message: "{0} runs {1} replica{2}, fewer than kube_analyzers.min_replicas ({3}): one node drain or pod failure takes it down",
            description: "A Deployment or StatefulSet with a single replica is unavailable whenever its pod is rescheduled. Disabled by default (as in kube-linter and Polaris); enable it with dotnet_diagnostic.K8S3005.severity = warning.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor HostPortConflict = Create(
            RuleIds.HostPortConflict,
            SchedulingCategory,
            DiagnosticSeverity.Warning,
            title: "Workloads claim the same host port",
            message: "{0} claims {1}, which {2} also claims: their pods can never share a node{3}",
            description: "The scheduler places a pod only on a node where its host ports (and a hostNetwork pod's container ports) are free; an empty hostIP means every address. Two workloads that claim an overlapping protocol, address and port therefore never run on the same node, and a DaemonSet's port blocks the other workload on every node it runs on.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>Every descriptor the analyzers support.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            PodSecurity,
            InvalidOption,
            HostPort,
            PortRange,
            DuplicateHostPort,
            HostIPWithoutHostPort,
            InvalidProtocol,
            HostPortWithoutPortMapping,
            EphemeralContainerPorts,
            HostNetwork,
            HostNetworkPortMismatch,
            HostNetworkDnsPolicy,
            ReservedNodePort,
            HostUsersWithHostNamespace,
            ReplicasAboveNodeCount,
            SurgeOnHostPorts,
            OneNodePerReplica,
            InvalidRolloutNumbers,
            TooFewReplicas,
            HostPortConflict);

        private static DiagnosticDescriptor Create(
            string id,
            string category,
            DiagnosticSeverity severity,
            string title,
            string message,
            string description,
            bool isEnabledByDefault = true,
            params string[] customTags)
            => new(id, title, message, category, severity, isEnabledByDefault, description, HelpLinkBase + id + ".md", customTags);
    }
}
