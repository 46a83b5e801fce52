using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeAnalyzers.Options
{
    /// <summary>The <c>kube_analyzers.*</c> options in force for one syntax tree (<c>.editorconfig</c> or <c>.globalconfig</c>).</summary>
    internal sealed class KubeOptions
    {
        public const string AllowedHostPortsKey = "kube_analyzers.allowed_host_ports";

        public static readonly KubeOptions Default = new(PortRangeSet.Empty, ImmutableArray<OptionError>.Empty);

        private KubeOptions(PortRangeSet allowedHostPorts, ImmutableArray<OptionError> errors)
        {
            AllowedHostPorts = allowedHostPorts;
            Errors = errors;
        }

        /// <summary>Host ports that K8S1001 accepts.</summary>
        public PortRangeSet AllowedHostPorts { get; }

        /// <summary>Values that could not be parsed; their options keep the default.</summary>
        public ImmutableArray<OptionError> Errors { get; }

        public static KubeOptions Read(AnalyzerConfigOptions options)
        {
            var errors = ImmutableArray.CreateBuilder<OptionError>();
            var allowedHostPorts = PortRangeSet.Empty;
            if (options.TryGetValue(AllowedHostPortsKey, out var allowed))
            {
                if (PortRangeSet.TryParse(allowed) is { } parsed)
                {
                    allowedHostPorts = parsed;
                }
                else
                {
                    errors.Add(new OptionError(AllowedHostPortsKey, allowed, "comma-separated ports (1-65535) and ranges such as 8080-8090"));
                }
            }

            return errors.Count == 0 && allowedHostPorts.IsEmpty ? Default : new KubeOptions(allowedHostPorts, errors.ToImmutable());
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
