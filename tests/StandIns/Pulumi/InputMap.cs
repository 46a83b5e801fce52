using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>A map of string keys to inputs. Supports collection initializers (<c>Labels = { { "app", "web" } }</c>).</summary>
    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable
    {
        private readonly Dictionary<string, Input<V>> values = new();

        public InputMap()
            : base(Output.Create(ImmutableDictionary<string, V>.Empty))
        {
        }

        public void Add(string key, Input<V> value) => values.Add(key, value);

        public Input<V> this[string key]
        {
            set => values[key] = value;
        }

        public void AddRange(InputMap<V> values)
        {
            foreach (var (key, value) in values.values)
            {
                Add(key, value);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => values.GetEnumerator();

        public static implicit operator InputMap<V>(Dictionary<string, V> values) => FromValues(values);

        public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values) => FromValues(values);

        private static InputMap<V> FromValues(IEnumerable<KeyValuePair<string, V>> items)
        {
            var map = new InputMap<V>();
            foreach (var (key, value) in items)
            {
                map.Add(key, value);
            }

            return map;
        }
    }
}
