using System;
using System.Diagnostics.CodeAnalysis;

namespace Pulumi
{
    /// <summary>A value that is either known now (<typeparamref name="T"/>) or later (<see cref="Output{T}"/>).</summary>
    public class Input<T>
    {
        private protected Input(Output<T> outputValue)
        {
            OutputValue = outputValue ?? throw new ArgumentNullException(nameof(outputValue));
        }

        private protected Output<T> OutputValue { get; }

        public static implicit operator Input<T>([MaybeNull] T value) => Output.Create(value);

        public static implicit operator Input<T>(Output<T> value) => new(value);

        public static implicit operator Output<T>(Input<T> input) => input.OutputValue;

        internal Output<T> ToOutputCore() => OutputValue;
    }

    public static class InputExtensions
    {
        public static Output<T> ToOutput<T>(this Input<T>? input) => input?.ToOutputCore() ?? Output.Create(default(T)!);

        public static Output<U> Apply<T, U>(this Input<T>? input, Func<T, U> func) => input.ToOutput().Apply(func);

        public static Output<U> Apply<T, U>(this Input<T>? input, Func<T, Output<U>> func) => input.ToOutput().Apply(func);
    }
}
