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
        {
            Kind = kind;
            Syntax = syntax;
            FrontEnd = frontEnd;
            Name = name;
            Pod = pod;
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

    /// <summary>A pod spec: the host namespaces, DNS and the containers.</summary>
    internal sealed class PodSpecModel
    {
        public PodSpecModel(
            SyntaxNode? syntax,
            ModelValue<bool> hostNetwork,
            ImmutableArray<ContainerModel> containers)
        {
            Syntax = syntax;
            HostNetwork = hostNetwork;
            Containers = containers;
        }

        /// <summary>The pod spec's creation, or null when the analyzer only sees a container or port of it.</summary>
        public SyntaxNode? Syntax { get; }

        public ModelValue<bool> HostNetwork { get; }

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
        public ContainerModel(SyntaxNode syntax, ContainerRole role, ModelValue<string> name, ImmutableArray<PortModel> ports)
        {
            Syntax = syntax;
            Role = role;
            Name = name;
            Ports = ports;
        }

        public SyntaxNode Syntax { get; }

        public ContainerRole Role { get; }

        public ModelValue<string> Name { get; }

        public ImmutableArray<PortModel> Ports { get; }
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
            return $"{protocol}/{hostIP}:{HostPort.Describe()}";
        }
    }
}
