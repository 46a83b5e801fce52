using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// A list of inputs. Supports collection initializers (<c>Ports = { new ContainerPortArgs { ... } }</c>) and
    /// implicit conversions from a single value, arrays, lists and outputs.
    /// </summary>
    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable
    {
        private readonly List<Input<T>> values = new();

        public InputList()
            : base(Output.Create(ImmutableArray<T>.Empty))
        {
        }

        public void Add(params Input<T>[] inputs) => values.AddRange(inputs);

        public void AddRange(InputList<T> inputs) => values.AddRange(inputs.values);

        public InputList<T> Concat(InputList<T> other)
        {
            var result = new InputList<T>();
            result.AddRange(this);
            result.AddRange(other);
            return result;
        }

        public InputList<T> Clone() => Concat(new InputList<T>());

        IEnumerator IEnumerable.GetEnumerator() => values.GetEnumerator();

        public static implicit operator InputList<T>(T value) => FromInputs(value);

        public static implicit operator InputList<T>(Input<T> value) => FromInputs(value);

        public static implicit operator InputList<T>(Output<T> value) => FromInputs(value);

        public static implicit operator InputList<T>(T[] values) => FromValues(values);

        public static implicit operator InputList<T>(Input<T>[] values) => FromInputs(values);

        public static implicit operator InputList<T>(List<T> values) => FromValues(values);

        public static implicit operator InputList<T>(ImmutableArray<T> values) => FromValues(values);

        private static InputList<T> FromValues(IEnumerable<T> items)
        {
            var list = new InputList<T>();
            foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        private static InputList<T> FromInputs(params Input<T>[] items)
        {
            var list = new InputList<T>();
            list.Add(items);
            return list;
        }
    }
}
