using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.Options
{
    /// <summary>The enforcement level of Pod Security admission in the target namespace.</summary>
    internal enum PodSecurityLevel
    {
        /// <summary>Not configured: K8S0001 is silent.</summary>
        Unset,
        Privileged,
        Baseline,
        Restricted,
    }

    /// <summary>The <c>kube_analyzers.*</c> options in force for one syntax tree (<c>.editorconfig</c> or <c>.globalconfig</c>).</summary>
    internal sealed class KubeOptions
    {
        public const string NodeCountKey = "kube_analyzers.node_count";
        public const string AllowedHostPortsKey = "kube_analyzers.allowed_host_ports";
        public const string ReservedNodePortsKey = "kube_analyzers.reserved_node_ports";
        public const string PodSecurityLevelKey = "kube_analyzers.pod_security_level";
        public const string CniPortMappingKey = "kube_analyzers.cni_port_mapping";
        public const string MinReplicasKey = "kube_analyzers.min_replicas";

        /// <summary>The ports node components use: sshd, etcd, kube-apiserver, kube-proxy, the kubelet, the controller manager, the scheduler and the NodePort range.</summary>
        public const string DefaultReservedNodePorts = "22, 2379-2380, 6443, 10249-10250, 10255-10257, 10259, 30000-32767";

        public static readonly KubeOptions Default = new(
            nodeCount: null,
            PortRangeSet.Empty,
            PortRangeSet.TryParse(DefaultReservedNodePorts)!,
            PodSecurityLevel.Unset,
            cniPortMapping: true,
            minReplicas: 2,
            ImmutableArray<OptionError>.Empty);

        private KubeOptions(int? nodeCount, PortRangeSet allowedHostPorts, PortRangeSet reservedNodePorts, PodSecurityLevel podSecurityLevel, bool cniPortMapping, int minReplicas, ImmutableArray<OptionError> errors)
        {
            NodeCount = nodeCount;
            AllowedHostPorts = allowedHostPorts;
            ReservedNodePorts = reservedNodePorts;
            PodSecurityLevel = podSecurityLevel;
            CniPortMapping = cniPortMapping;
            MinReplicas = minReplicas;
            Errors = errors;
        }

        /// <summary>Schedulable nodes in the target cluster, when the user says.</summary>
        public int? NodeCount { get; }

        /// <summary>Host ports that K8S1001 and K8S0001 accept.</summary>
        public PortRangeSet AllowedHostPorts { get; }

        /// <summary>Ports node components use (K8S2004).</summary>
        public PortRangeSet ReservedNodePorts { get; }

        public PodSecurityLevel PodSecurityLevel { get; }

        /// <summary>False when the cluster's network plugin ignores hostPort (K8S1006).</summary>
        public bool CniPortMapping { get; }

        /// <summary>The replica count K8S3005 asks for.</summary>
        public int MinReplicas { get; }

        /// <summary>Values that could not be parsed; their options keep the default.</summary>
        public ImmutableArray<OptionError> Errors { get; }

        public static KubeOptions Read(AnalyzerConfigOptions options)
        {
            var errors = ImmutableArray.CreateBuilder<OptionError>();
            var defaults = Default;

            var nodeCount = ReadCount(options, NodeCountKey, defaults.NodeCount, "a whole number of nodes, 1 or more", errors);

            var allowed = ReadPorts(options, AllowedHostPortsKey, defaults.AllowedHostPorts, errors);
            var reserved = ReadPorts(options, ReservedNodePortsKey, defaults.ReservedNodePorts, errors);

            var level = defaults.PodSecurityLevel;
            if (options.TryGetValue(PodSecurityLevelKey, out var levelText))
            {
                switch (levelText.Trim().ToLowerInvariant())
                {
                    case "privileged":
                        level = PodSecurityLevel.Privileged;
                        break;
                    case "baseline":
                        level = PodSecurityLevel.Baseline;
                        break;
                    case "restricted":
                        level = PodSecurityLevel.Restricted;
                        break;
                    default:
                        errors.Add(new OptionError(PodSecurityLevelKey, levelText, "privileged, baseline or restricted"));
                        break;
                }
            }

            var cniPortMapping = defaults.CniPortMapping;
            if (options.TryGetValue(CniPortMappingKey, out var cniText))
            {
                if (bool.TryParse(cniText.Trim(), out var parsed))
                {
                    cniPortMapping = parsed;
                }
                else
                {
                    errors.Add(new OptionError(CniPortMappingKey, cniText, "true or false"));
                }
            }

            var minReplicas = ReadCount(options, MinReplicasKey, defaults.MinReplicas, "a whole number of replicas, 1 or more", errors) ?? defaults.MinReplicas;

            if (errors.Count == 0 && nodeCount == defaults.NodeCount && allowed == defaults.AllowedHostPorts && reserved == defaults.ReservedNodePorts
                && level == defaults.PodSecurityLevel && cniPortMapping == defaults.CniPortMapping && minReplicas == defaults.MinReplicas)
            {
                return defaults;
            }

            return new KubeOptions(nodeCount, allowed, reserved, level, cniPortMapping, minReplicas, errors.ToImmutable());
        }

        private static PortRangeSet ReadPorts(AnalyzerConfigOptions options, string key, PortRangeSet fallback, ImmutableArray<OptionError>.Builder errors)
        {
            if (!options.TryGetValue(key, out var text))
            {
                return fallback;
            }

            if (PortRangeSet.TryParse(text) is { } parsed)
            {
                return parsed;
            }

            errors.Add(new OptionError(key, text, "comma-separated ports (1-65535) and ascending ranges such as 30000-32767"));
            return fallback;
        }

        private static int? ReadCount(AnalyzerConfigOptions options, string key, int? fallback, string expected, ImmutableArray<OptionError>.Builder errors)
        {
            if (!options.TryGetValue(key, out var text))
            {
                return fallback;
            }

            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                return count;
            }

            errors.Add(new OptionError(key, text, expected));
            return fallback;
        }
    }

    /// <summary>An option value that could not be parsed.</summary>
    internal readonly struct OptionError
    {
        public OptionError(string key, string value, string expected)
        {
            Key = key;
            Value = value;
            Expected = expected;
        }

        public string Key { get; }

        public string Value { get; }

        public string Expected { get; }
    }
}
