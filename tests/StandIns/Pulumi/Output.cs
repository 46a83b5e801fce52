using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>A value that becomes known during the deployment.</summary>
    public sealed class Output<T>
    {
        internal Output(Task<T> value)
        {
            DataTask = value;
        }

        internal Task<T> DataTask { get; }

        public Output<U> Apply<U>(Func<T, U> func) => new(ApplyAsync(func));

        public Output<U> Apply<U>(Func<T, Task<U>> func) => new(ApplyTaskAsync(func));

        public Output<U> Apply<U>(Func<T, Input<U>?> func) => new(ApplyInputAsync(func));

        public Output<U> Apply<U>(Func<T, Output<U>?> func) => new(ApplyOutputAsync(func));

        public override string ToString() =>
            "Calling [ToString] on an [Output<T>] is not supported; use Apply or Output.Format.";

        private async Task<U> ApplyAsync<U>(Func<T, U> func) => func(await DataTask.ConfigureAwait(false));

        private async Task<U> ApplyTaskAsync<U>(Func<T, Task<U>> func) => await func(await DataTask.ConfigureAwait(false)).ConfigureAwait(false);

        private async Task<U> ApplyInputAsync<U>(Func<T, Input<U>?> func)
        {
            var input = func(await DataTask.ConfigureAwait(false));
            return input is null ? default! : await input.ToOutput().DataTask.ConfigureAwait(false);
        }

        private async Task<U> ApplyOutputAsync<U>(Func<T, Output<U>?> func)
        {
            var output = func(await DataTask.ConfigureAwait(false));
            return output is null ? default! : await output.DataTask.ConfigureAwait(false);
        }
    }

    /// <summary>Factory and combinator methods for <see cref="Output{T}"/>.</summary>
    public static class Output
    {
        public static Output<T> Create<T>(T value) => new(Task.FromResult(value));

        public static Output<T> Create<T>(Task<T> value) => new(value);

        public static Output<T> CreateSecret<T>(T value) => Create(value);

        public static Output<T> CreateSecret<T>(Task<T> value) => Create(value);

        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => new(AllAsync(inputs));

        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) => new(TupleAsync(item1, item2));

        public static Output<string> Format(FormattableString formattableString) =>
            Create(formattableString.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private static async Task<ImmutableArray<T>> AllAsync<T>(Input<T>[] inputs)
        {
            var values = await Task.WhenAll(inputs.Select(i => i.ToOutput().DataTask)).ConfigureAwait(false);
            return values.ToImmutableArray();
        }

        private static async Task<(T1, T2)> TupleAsync<T1, T2>(Input<T1> item1, Input<T2> item2) =>
            (await item1.ToOutput().DataTask.ConfigureAwait(false), await item2.ToOutput().DataTask.ConfigureAwait(false));
    }
}
