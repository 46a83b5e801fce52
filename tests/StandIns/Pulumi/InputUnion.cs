namespace Pulumi
{
    /// <summary>An input that is one of two types (<c>InputUnion&lt;int, string&gt;</c> for int-or-string).</summary>
    public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
    {
        private InputUnion(Output<Union<T0, T1>> value)
            : base(value)
        {
        }

        public static implicit operator InputUnion<T0, T1>(T0 value) => new(Output.Create(Union<T0, T1>.FromT0(value)));

        public static implicit operator InputUnion<T0, T1>(T1 value) => new(Output.Create(Union<T0, T1>.FromT1(value)));

        public static implicit operator InputUnion<T0, T1>(Output<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));

        public static implicit operator InputUnion<T0, T1>(Output<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));
    }
}
