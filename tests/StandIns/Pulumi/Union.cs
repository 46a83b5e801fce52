using System;
using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>A value that is either a <typeparamref name="T0"/> or a <typeparamref name="T1"/>.</summary>
    public readonly struct Union<T0, T1> : IEquatable<Union<T0, T1>>
    {
        private readonly T0 value0;
        private readonly T1 value1;
        private readonly int index;

        private Union(int index, T0 value0 = default!, T1 value1 = default!)
        {
            this.index = index;
            this.value0 = value0;
            this.value1 = value1;
        }

        public object? Value => index == 0 ? value0 : value1;

        public bool IsT0 => index == 0;

        public bool IsT1 => index == 1;

        public T0 AsT0 => index == 0 ? value0 : throw new InvalidOperationException("The union does not hold a " + typeof(T0).Name + ".");

        public T1 AsT1 => index == 1 ? value1 : throw new InvalidOperationException("The union does not hold a " + typeof(T1).Name + ".");

        public static Union<T0, T1> FromT0(T0 input) => new(0, value0: input);

        public static Union<T0, T1> FromT1(T1 input) => new(1, value1: input);

        public static implicit operator Union<T0, T1>(T0 t) => FromT0(t);

        public static implicit operator Union<T0, T1>(T1 t) => FromT1(t);

        public void Switch(Action<T0> f0, Action<T1> f1)
        {
            if (index == 0)
            {
                f0(value0);
            }
            else
            {
                f1(value1);
            }
        }

        public TResult Match<TResult>(Func<T0, TResult> f0, Func<T1, TResult> f1) => index == 0 ? f0(value0) : f1(value1);

        public bool Equals(Union<T0, T1> other) =>
            index == other.index
            && (index == 0 ? EqualityComparer<T0>.Default.Equals(value0, other.value0) : EqualityComparer<T1>.Default.Equals(value1, other.value1));

        public override bool Equals(object? obj) => obj is Union<T0, T1> other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(index, Value);

        public static bool operator ==(Union<T0, T1> left, Union<T0, T1> right) => left.Equals(right);

        public static bool operator !=(Union<T0, T1> left, Union<T0, T1> right) => !left.Equals(right);

        public override string ToString() => Value?.ToString() ?? string.Empty;
    }
}
