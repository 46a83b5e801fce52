using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Model
{
    /// <summary>Whether the code sets a field, and whether the analyzer can tell to what.</summary>
    internal enum ValueState : byte
    {
        /// <summary>The field is not set (or set to <c>null</c>): Kubernetes applies its default.</summary>
        Absent,

        /// <summary>The field is set to a value known at compile time.</summary>
        Known,

        /// <summary>The field is set to a value the analyzer cannot know.</summary>
        Unknown,
    }

    /// <summary>One field of the workload model, with the syntax that sets it.</summary>
    internal readonly struct ModelValue<T>
    {
        private ModelValue(ValueState state, T value, SyntaxNode? member, SyntaxNode? expression)
        {
            State = state;
            Value = value;
            Member = member;
            Expression = expression;
        }

        public static ModelValue<T> Absent => default;

        public ValueState State { get; }

        /// <summary>The value; meaningful only when <see cref="IsKnown"/>.</summary>
        public T Value { get; }

        /// <summary>The member that sets the field (<c>HostPort = 8080</c>, <c>hostPort: 8080</c>): where diagnostics go, and what fixes edit.</summary>
        public SyntaxNode? Member { get; }

        /// <summary>The value expression (<c>8080</c>).</summary>
        public SyntaxNode? Expression { get; }

        public bool IsKnown => State == ValueState.Known;

        public bool IsUnknown => State == ValueState.Unknown;

        public bool IsSet => State != ValueState.Absent;

        public static ModelValue<T> Known(T value, SyntaxNode member, SyntaxNode expression) => new(ValueState.Known, value, member, expression);

        public static ModelValue<T> Unknown(SyntaxNode member, SyntaxNode expression) => new(ValueState.Unknown, default!, member, expression);

        /// <summary>Set to <c>null</c> explicitly: absent for Kubernetes, but a member a fix can rewrite.</summary>
        public static ModelValue<T> Null(SyntaxNode member, SyntaxNode expression) => new(ValueState.Absent, default!, member, expression);

        /// <summary>Not set by the code the analyzer sees, on an object it sees only in part: unknown, with no member to report on.</summary>
        public static ModelValue<T> Unseen => new(ValueState.Unknown, default!, null, null);

        /// <summary>True when the value is known and equal to <paramref name="value"/>.</summary>
        public bool Is(T value) => IsKnown && System.Collections.Generic.EqualityComparer<T>.Default.Equals(Value, value);

        /// <summary>How a message names a string value: in double quotes, or the expression's text in single quotes when it is unknown.</summary>
        public string DescribeQuoted() => IsKnown ? "\"" + Value + "\"" : Describe();

        /// <summary>How a message names this value: the value itself, or the expression's text in quotes when it is unknown.</summary>
        public string Describe()
        {
            if (IsKnown)
            {
                return Value?.ToString() ?? "null";
            }

            return Expression is null ? string.Empty : "'" + SourceText.Shorten(Expression.ToString()) + "'";
        }
    }

    internal static class SourceText
    {
        private const int MaxLength = 40;

        /// <summary>An expression's text for a message: one line, at most 40 characters.</summary>
        public static string Shorten(string text)
        {
            var oneLine = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
            return oneLine.Length <= MaxLength ? oneLine : oneLine.Substring(0, MaxLength - 1) + "…";
        }
    }
}
