using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// What the K8S3003 fix "replace hostPort with pod anti-affinity" needs: the pod template's labels, the pod spec to
    /// write the affinity into and the members to remove. Given only when that fix can apply: the labels are known, the pod
    /// is not on the host network (anti-affinity would not take it off the node's network) and every hostPort is seen.
    /// </summary>
    internal static class AntiAffinityTargets
    {
        /// <summary>The template's labels, <c>app=web,tier=front</c> (see <see cref="LabelList"/>); present only when the fix applies.</summary>
        public const string LabelsProperty = "Labels";

        /// <summary>
        /// Adds <see cref="LabelsProperty"/> when the fix applies, with the additional locations in that case:
        /// [the pod spec's creation, then every hostPort member of a regular container and the hostIP member of the same port];
        /// otherwise none.
        /// </summary>
        public static ImmutableDictionary<string, string?> Add(WorkloadModel workload, ImmutableDictionary<string, string?> properties, out SyntaxNode[] locations)
        {
            locations = System.Array.Empty<SyntaxNode>();
            var pod = workload.Pod;
            if (!workload.Labels.IsKnown || pod.Syntax is not { } podSpec || pod.HostNetwork.Is(true) || pod.HostNetwork.IsUnknown)
            {
                return properties;
            }

            var members = new List<SyntaxNode> { podSpec };
            foreach (var container in pod.Containers)
            {
                // The scheduler counts the host ports of the regular containers only (see WorkloadModel.ClaimsHostPorts).
                if (container.Role != ContainerRole.Regular)
                {
                    continue;
                }

                foreach (var port in container.Ports)
                {
                    if (!port.ClaimsHostPort)
                    {
                        continue;
                    }

                    if (port.HostPort.Member is not { } hostPort)
                    {
                        return properties;
                    }

                    AddOnce(members, hostPort);
                    if (port.HostIP.Member is { } hostIP)
                    {
                        AddOnce(members, hostIP);
                    }
                }
            }

            if (members.Count == 1)
            {
                return properties;
            }

            locations = members.ToArray();
            return properties.Add(LabelsProperty, LabelList.Format(workload.Labels.Labels));
        }

        private static void AddOnce(List<SyntaxNode> members, SyntaxNode member)
        {
            if (!members.Contains(member))
            {
                members.Add(member);
            }
        }
    }

    /// <summary>
    /// Labels in one diagnostic property: <c>key=value</c> pairs separated by commas, with <c>\</c>, <c>,</c> and <c>=</c>
    /// escaped by a backslash (valid label keys and values never contain them, but the code may).
    /// </summary>
    internal static class LabelList
    {
        public static string Format(IEnumerable<KeyValuePair<string, string>> labels)
        {
            var text = new StringBuilder();
            foreach (var label in labels)
            {
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                Escape(text, label.Key);
                text.Append('=');
                Escape(text, label.Value);
            }

            return text.ToString();
        }

        /// <summary>The labels, or an empty list for text that is not a label list.</summary>
        public static ImmutableArray<KeyValuePair<string, string>> Parse(string? text)
        {
            var labels = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            if (string.IsNullOrEmpty(text))
            {
                return labels.ToImmutable();
            }

            var current = new StringBuilder();
            string? key = null;
            for (var i = 0; i < text!.Length; i++)
            {
                var c = text[i];
                if (c == '\\' && i + 1 < text.Length)
                {
                    current.Append(text[++i]);
                }
                else if (c == '=' && key is null)
                {
                    key = current.ToString();
                    current.Clear();
                }
                else if (c == ',')
                {
                    if (key is null)
                    {
                        return ImmutableArray<KeyValuePair<string, string>>.Empty;
                    }

                    labels.Add(new KeyValuePair<string, string>(key, current.ToString()));
                    key = null;
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            if (key is null)
            {
                return ImmutableArray<KeyValuePair<string, string>>.Empty;
            }

            labels.Add(new KeyValuePair<string, string>(key, current.ToString()));
            return labels.ToImmutable();
        }

        private static void Escape(StringBuilder text, string value)
        {
            foreach (var c in value)
            {
                if (c is '\\' or ',' or '=')
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }
    }
}
