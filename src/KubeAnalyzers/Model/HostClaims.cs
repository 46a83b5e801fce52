using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Model
{
    /// <summary>One <c>protocol/hostIP:port</c> a workload's pods take on their node, as the scheduler's NodePorts plugin sees it.</summary>
    internal readonly struct HostClaim
    {
        public HostClaim(string protocol, string hostIP, int port, SyntaxNode member, PortModel source)
        {
            Protocol = protocol;
            HostIP = hostIP;
            Port = port;
            Member = member;
            Source = source;
        }

        /// <summary>TCP, UDP or SCTP (empty is TCP).</summary>
        public string Protocol { get; }

        /// <summary>The host address; empty means 0.0.0.0, every address.</summary>
        public string HostIP { get; }

        public int Port { get; }

        /// <summary>The hostPort member, or the containerPort member of a hostNetwork pod.</summary>
        public SyntaxNode Member { get; }

        public PortModel Source { get; }

        public bool IsWildcard => HostIP.Length == 0 || HostIP == "0.0.0.0";

        /// <summary>True when the two claims cannot be on one node: same protocol and port, and addresses that overlap.</summary>
        public bool Overlaps(HostClaim other)
            => Port == other.Port && Protocol == other.Protocol && (IsWildcard || other.IsWildcard || HostIP == other.HostIP);

        public override string ToString()
        {
            var address = IsWildcard ? "0.0.0.0" : HostIP.IndexOf(':') >= 0 ? "[" + HostIP + "]" : HostIP;
            return $"{Protocol}/{address}:{Port}";
        }
    }

    internal static class HostClaims
    {
        /// <summary>
        /// The known host endpoints of the regular containers: every known non-zero hostPort, and under hostNetwork every
        /// known containerPort (the API server defaults hostPort to it). Ports with an unknown protocol or hostIP are left out.
        /// </summary>
        public static List<HostClaim> Of(WorkloadModel workload)
        {
            var claims = new List<HostClaim>();
            var hostNetwork = workload.Pod.HostNetwork.Is(true);
            foreach (var container in workload.Pod.Containers)
            {
                if (container.Role != ContainerRole.Regular)
                {
                    continue;
                }

                foreach (var port in container.Ports)
                {
                    if (port.Protocol.IsUnknown || port.HostIP.IsUnknown)
                    {
                        continue;
                    }

                    var protocol = port.Protocol.IsKnown && !string.IsNullOrEmpty(port.Protocol.Value) ? port.Protocol.Value : "TCP";
                    var hostIP = port.HostIP.IsKnown ? port.HostIP.Value ?? string.Empty : string.Empty;
                    if (port.HostPort is { IsKnown: true, Value: not 0, Member: { } hostMember })
                    {
                        claims.Add(new HostClaim(protocol, hostIP, port.HostPort.Value, hostMember, port));
                    }
                    else if (hostNetwork && port.ContainerPort is { IsKnown: true, Member: { } containerMember } && !port.HostPort.IsUnknown)
                    {
                        claims.Add(new HostClaim(protocol, hostIP, port.ContainerPort.Value, containerMember, port));
                    }
                }
            }

            return claims;
        }

        /// <summary>What a message says the pods claim: <c>the node's network</c>, <c>host port TCP/0.0.0.0:80</c>.</summary>
        public static string Describe(WorkloadModel workload)
        {
            if (workload.Pod.HostNetwork.Is(true))
            {
                return "the node's network";
            }

            var claims = Of(workload);
            return claims.Count switch
            {
                0 => "host ports",
                1 => "host port " + claims[0],
                _ => $"host ports {claims[0]} and {claims.Count - 1} more",
            };
        }
    }
}
