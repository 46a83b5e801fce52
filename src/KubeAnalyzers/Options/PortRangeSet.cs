using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace KubeAnalyzers.Options
{
    /// <summary>A set of ports written as comma-separated numbers and ranges: <c>22, 2379-2380, 30000-32767</c>.</summary>
    internal sealed class PortRangeSet
    {
        public static readonly PortRangeSet Empty = new(ImmutableArray<(int From, int To)>.Empty, string.Empty);

        private readonly ImmutableArray<(int From, int To)> _ranges;

        private PortRangeSet(ImmutableArray<(int From, int To)> ranges, string text)
        {
            _ranges = ranges;
            Text = text;
        }

        /// <summary>The set as the user wrote it, normalized: <c>22, 2379-2380</c>.</summary>
        public string Text { get; }

        public bool IsEmpty => _ranges.IsEmpty;

        public bool Contains(int port)
        {
            foreach (var (from, to) in _ranges)
            {
                if (port >= from && port <= to)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Parses a list; null when any entry is not a port (1–65535) or an ascending range of ports.</summary>
        public static PortRangeSet? TryParse(string text)
        {
            var ranges = ImmutableArray.CreateBuilder<(int, int)>();
            var parts = new List<string>();
            foreach (var raw in text.Split(','))
            {
                var part = raw.Trim();
                if (part.Length == 0)
                {
                    continue;
                }

                var dash = part.IndexOf('-');
                var fromText = dash < 0 ? part : part.Substring(0, dash).Trim();
                var toText = dash < 0 ? part : part.Substring(dash + 1).Trim();
                if (!TryParsePort(fromText, out var from) || !TryParsePort(toText, out var to) || to < from)
                {
                    return null;
                }

                ranges.Add((from, to));
                parts.Add(from == to ? from.ToString(CultureInfo.InvariantCulture) : from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture));
            }

            return new PortRangeSet(ranges.ToImmutable(), string.Join(", ", parts));
        }

        private static bool TryParsePort(string text, out int port)
            => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port >= 1 && port <= 65535;
    }
}
