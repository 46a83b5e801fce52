using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Model
{
    /// <summary>The kinds of object that own a pod template, or <see cref="Fragment"/> for a piece of one built on its own.</summary>
    internal enum WorkloadKind
    {
        /// <summary>A pod spec, container or port built on its own (a helper, a lambda): the workload around it is unknown.</summary>
        Fragment,
        Pod,
        PodTemplate,
        Deployment,
        DaemonSet,
        StatefulSet,
        ReplicaSet,
        ReplicationController,
        Job,
        CronJob,
    }

    /// <summary>A workload: what kind it is, how it scales and rolls out, and its pod template.</summary>
    internal sealed class WorkloadModel
    {
        public WorkloadModel(WorkloadKind kind, SyntaxNode syntax, FrontEndKind frontEnd, ModelValue<string> name, PodSpecModel pod)
            : this(kind, syntax, frontEnd, name, pod, specSyntax: null, default, RolloutModel.None, TemplateLabels.Unknown)
        {
        }

        public WorkloadModel(
            WorkloadKind kind,
            SyntaxNode syntax,
            FrontEndKind frontEnd,
            ModelValue<string> name,
            PodSpecModel pod,
            SyntaxNode? specSyntax,
            ModelValue<int> replicas,
            RolloutModel rollout,
            TemplateLabels labels)
        {
            Kind = kind;
            Syntax = syntax;
            FrontEnd = frontEnd;
            Name = name;
            Pod = pod;
            SpecSyntax = specSyntax;
            Replicas = replicas;
            Rollout = rollout;
            Labels = labels;
        }

        /// <summary>The workload spec's creation (<c>new V1DeploymentSpec { ... }</c>), where fixes add members; null when not seen.</summary>
        public SyntaxNode? SpecSyntax { get; }

        /// <summary>How many pods run at once: <c>replicas</c>, or <c>parallelism</c> for a Job or CronJob; absent for other kinds.</summary>
        public ModelValue<int> Replicas { get; }

        /// <summary>The Deployment's strategy or the DaemonSet's update strategy.</summary>
        public RolloutModel Rollout { get; }

        /// <summary>The pod template's labels.</summary>
        public TemplateLabels Labels { get; }

        /// <summary>True for the kinds whose pod count is <see cref="Replicas"/> (absent means 1).</summary>
        public bool IsScaled => Kind is WorkloadKind.Deployment or WorkloadKind.StatefulSet or WorkloadKind.ReplicaSet or WorkloadKind.ReplicationController or WorkloadKind.Job or WorkloadKind.CronJob;

        /// <summary>The number of pods, when known: the replica count (absent is 1), 1 for a Pod; null when unknown or per node.</summary>
        public int? PodCount => Kind == WorkloadKind.Pod ? 1 : IsScaled ? Replicas.IsKnown ? Replicas.Value : Replicas.IsSet ? null : 1 : null;

        /// <summary>
        /// True when the pods claim host ports, so that two of them cannot share a node: hostNetwork, or a known non-zero
        /// hostPort of a regular container (the scheduler's NodePorts filter reads only those).
        /// </summary>
        public bool ClaimsHostPorts
        {
            get
            {
                if (Pod.HostNetwork.Is(true))
                {
                    return true;
                }

                foreach (var container in Pod.Containers)
                {
                    if (container.Role != ContainerRole.Regular)
                    {
                        continue;
                    }

                    foreach (var port in container.Ports)
                    {
                        if (port.HostPort.IsKnown && port.HostPort.Value != 0)
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
        }

        public WorkloadKind Kind { get; }

        /// <summary>The outermost expression that builds the workload (or the fragment).</summary>
        public SyntaxNode Syntax { get; }

        public FrontEndKind FrontEnd { get; }

        /// <summary><c>metadata.name</c>, or the deployment tool's name for the object when that is not known (Pulumi's resource name).</summary>
        public ModelValue<string> Name { get; }

        public PodSpecModel Pod { get; }

        /// <summary>How messages name the workload: <c>Deployment 'nginx'</c>, <c>the Deployment</c>, <c>the pod</c>.</summary>
        public string Describe()
        {
            if (Kind == WorkloadKind.Fragment)
            {
                return "the pod";
            }

            return Name.IsKnown && !string.IsNullOrEmpty(Name.Value) ? $"{Kind} '{Name.Value}'" : "the " + Kind;
        }
    }

    /// <summary>How a Deployment (strategy) or DaemonSet (updateStrategy) rolls out.</summary>
    internal sealed class RolloutModel
    {
        public static readonly RolloutModel None = new(null, default, null, null, null, default, default);

        /// <summary>No strategy set on a workload spec seen only in part: the strategy may be set elsewhere, so it is unknown.</summary>
        public static readonly RolloutModel Unseen = new(null, ModelValue<string>.Unseen, null, null, null, default, default);

        public RolloutModel(
            SyntaxNode? strategyMember,
            ModelValue<string> type,
            SyntaxNode? strategySyntax,
            SyntaxNode? rollingUpdateMember,
            SyntaxNode? rollingUpdateSyntax,
            ModelValue<string> maxSurge,
            ModelValue<string> maxUnavailable)
        {
            StrategyMember = strategyMember;
            Type = type;
            StrategySyntax = strategySyntax;
            RollingUpdateMember = rollingUpdateMember;
            RollingUpdateSyntax = rollingUpdateSyntax;
            MaxSurge = maxSurge;
            MaxUnavailable = maxUnavailable;
        }

        /// <summary>The member that sets the strategy (<c>Strategy = ...</c>), or null.</summary>
        public SyntaxNode? StrategyMember { get; }

        /// <summary><c>type</c>: RollingUpdate (the default when absent), Recreate or OnDelete.</summary>
        public ModelValue<string> Type { get; }

        /// <summary>The strategy object's creation, or null.</summary>
        public SyntaxNode? StrategySyntax { get; }

        /// <summary>
        /// The member of the strategy that sets its rollingUpdate (<c>RollingUpdate = new ...</c>, <c>RollingUpdate = local</c>,
        /// <c>rollingUpdate: ...</c>, <c>strategy.RollingUpdate = ...;</c>), or null.
        /// </summary>
        public SyntaxNode? RollingUpdateMember { get; }

        /// <summary>The rollingUpdate object's creation, or null.</summary>
        public SyntaxNode? RollingUpdateSyntax { get; }

        /// <summary>maxSurge as written: <c>"1"</c> for the number 1, <c>"25%"</c> for the percentage.</summary>
        public ModelValue<string> MaxSurge { get; }

        public ModelValue<string> MaxUnavailable { get; }

        /// <summary>True when the type is RollingUpdate, written or by default.</summary>
        public bool IsRollingUpdate => !Type.IsSet || Type.Is("RollingUpdate");

        /// <summary>True for a known 0 or 0%.</summary>
        public static bool IsZero(ModelValue<string> value) => value.IsKnown && value.Value is "0" or "0%";
    }

    /// <summary>The pod template's labels, for fixes that select the workload's own pods.</summary>
    internal sealed class TemplateLabels
    {
        public static readonly TemplateLabels Unknown = new(ImmutableArray<KeyValuePair<string, string>>.Empty, isKnown: false);

        public TemplateLabels(ImmutableArray<KeyValuePair<string, string>> labels, bool isKnown)
        {
            Labels = labels;
            IsKnown = isKnown;
        }

        public ImmutableArray<KeyValuePair<string, string>> Labels { get; }

        /// <summary>True when every label is a known string and there is at least one.</summary>
        public bool IsKnown { get; }
    }

    /// <summary>A pod spec: the host namespaces, DNS and the containers.</summary>
    internal sealed class PodSpecModel
    {
        public PodSpecModel(
            SyntaxNode? syntax,
            ModelValue<bool> hostNetwork,
            ModelValue<bool> hostPID,
            ModelValue<bool> hostIPC,
            ModelValue<bool> hostUsers,
            ModelValue<string> dnsPolicy,
            ImmutableArray<ContainerModel> containers)
        {
            Syntax = syntax;
            HostNetwork = hostNetwork;
            HostPID = hostPID;
            HostIPC = hostIPC;
            HostUsers = hostUsers;
            DnsPolicy = dnsPolicy;
            Containers = containers;
        }

        /// <summary>A pod spec the code does not show, around containers or ports built on their own.</summary>
        public static PodSpecModel Synthetic(ImmutableArray<ContainerModel> containers)
            => new(null, default, default, default, default, default, containers);

        /// <summary>The pod spec's creation, or null when the analyzer only sees a container or port of it.</summary>
        public SyntaxNode? Syntax { get; }

        public ModelValue<bool> HostNetwork { get; }

        public ModelValue<bool> HostPID { get; }

        public ModelValue<bool> HostIPC { get; }

        public ModelValue<bool> HostUsers { get; }

        public ModelValue<string> DnsPolicy { get; }

        /// <summary>Regular, init and ephemeral containers (see <see cref="ContainerModel.Role"/>).</summary>
        public ImmutableArray<ContainerModel> Containers { get; }
    }

    /// <summary>Which list of the pod spec a container is in.</summary>
    internal enum ContainerRole
    {
        Regular,
        Init,
        Ephemeral,
    }

    internal sealed class ContainerModel
    {
        public ContainerModel(SyntaxNode syntax, ContainerRole role, ModelValue<string> name, ImmutableArray<PortModel> ports, SyntaxNode? portsMember)
        {
            Syntax = syntax;
            Role = role;
            Name = name;
            Ports = ports;
            PortsMember = portsMember;
        }

        public SyntaxNode Syntax { get; }

        public ContainerRole Role { get; }

        public ModelValue<string> Name { get; }

        public ImmutableArray<PortModel> Ports { get; }

        /// <summary>The member that sets a list of one or more ports (what "remove the ports" removes), or null.</summary>
        public SyntaxNode? PortsMember { get; }

        /// <summary>How messages name the container: <c>'web'</c>, or <c>(unnamed)</c>.</summary>
        public string Describe() => Name.IsKnown ? "'" + Name.Value + "'" : Name.IsUnknown ? Name.Describe() : "(unnamed)";
    }

    internal sealed class PortModel
    {
        public PortModel(
            SyntaxNode syntax,
            ModelValue<int> containerPort,
            ModelValue<int> hostPort,
            ModelValue<string> hostIP,
            ModelValue<string> protocol)
        {
            Syntax = syntax;
            ContainerPort = containerPort;
            HostPort = hostPort;
            HostIP = hostIP;
            Protocol = protocol;
        }

        public SyntaxNode Syntax { get; }

        public ModelValue<int> ContainerPort { get; }

        public ModelValue<int> HostPort { get; }

        public ModelValue<string> HostIP { get; }

        public ModelValue<string> Protocol { get; }

        /// <summary>True when hostPort is set to something other than 0 (a known non-zero port, or an unknown value).</summary>
        public bool ClaimsHostPort => HostPort.IsUnknown || (HostPort.IsKnown && HostPort.Value != 0);

        /// <summary>
        /// The host endpoint as the scheduler sees it, <c>TCP/0.0.0.0:8080</c>: an empty protocol is TCP and an empty hostIP is 0.0.0.0.
        /// Unknown parts appear as their expressions in quotes.
        /// </summary>
        public string DescribeHostEndpoint()
        {
            var protocol = Protocol.IsSet ? Protocol.Describe() : "TCP";
            if (Protocol.IsKnown && string.IsNullOrEmpty(Protocol.Value))
            {
                protocol = "TCP";
            }

            var hostIP = HostIP.IsSet && !(HostIP.IsKnown && string.IsNullOrEmpty(HostIP.Value)) ? HostIP.Describe() : "0.0.0.0";
            if (HostIP.IsKnown && hostIP.IndexOf(':') >= 0)
            {
                hostIP = "[" + hostIP + "]";
            }

            return $"{protocol}/{hostIP}:{HostPort.Describe()}";
        }
    }
}
