using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.Model
{
    /// <summary>
    /// One Kubernetes object as the code builds it, in the API's own terms: <see cref="Kind"/> is the
    /// OpenAPI definition's short name ("PodSpec", "ContainerPort") and properties are keyed by their
    /// JSON names ("hostNetwork"), whatever library wrote them. Front-ends build these; the
    /// <see cref="WorkloadBuilder"/> reads them.
    /// </summary>
    internal sealed class ObjectNode
    {
        private readonly Dictionary<string, PropertyEntry> _properties;

        public ObjectNode(string kind, SyntaxNode syntax, FrontEndKind frontEnd)
            : this(kind, syntax, frontEnd, new Dictionary<string, PropertyEntry>(System.StringComparer.Ordinal))
        {
        }

        private ObjectNode(string kind, SyntaxNode syntax, FrontEndKind frontEnd, Dictionary<string, PropertyEntry> properties)
        {
            Kind = kind;
            Syntax = syntax;
            FrontEnd = frontEnd;
            _properties = properties;
        }

        public string Kind { get; }

        /// <summary>The expression that creates the object (or, for a fragment, the first assignment to it).</summary>
        public SyntaxNode Syntax { get; }

        public FrontEndKind FrontEnd { get; }

        /// <summary>True once another object, a list or a local that flows into one holds this object.</summary>
        public bool IsContained { get; set; }

        public IReadOnlyDictionary<string, PropertyEntry> Properties => _properties;

        /// <summary>The name a deployment tool gives the object besides its metadata (Pulumi's resource name), with the argument that sets it.</summary>
        public PropertyEntry? ResourceName { get; set; }

        public void Set(string jsonName, GraphValue value, SyntaxNode member) => _properties[jsonName] = new PropertyEntry(value, member);

        public GraphValue? Get(string jsonName) => _properties.TryGetValue(jsonName, out var entry) ? entry.Value : null;

        public bool TryGet(string jsonName, out PropertyEntry entry) => _properties.TryGetValue(jsonName, out entry);

        /// <summary>A copy for a <c>with</c> expression: the same property values, a new identity.</summary>
        public ObjectNode CopyAs(SyntaxNode syntax) => new(Kind, syntax, FrontEnd, new Dictionary<string, PropertyEntry>(_properties, System.StringComparer.Ordinal));
    }

    /// <summary>A property value and the member syntax that set it: the initializer assignment, the constructor argument or the assignment statement.</summary>
    internal readonly struct PropertyEntry
    {
        public PropertyEntry(GraphValue value, SyntaxNode member)
        {
            Value = value;
            Member = member;
        }

        public GraphValue Value { get; }

        public SyntaxNode Member { get; }
    }

    /// <summary>What an expression evaluates to, as far as the analyzer can tell without running the code.</summary>
    internal abstract class GraphValue
    {
        protected GraphValue(SyntaxNode syntax) => Syntax = syntax;

        /// <summary>The value expression.</summary>
        public SyntaxNode Syntax { get; }
    }

    /// <summary>A compile-time value: a literal, a constant, a local assigned once from one; <c>null</c> included.</summary>
    internal sealed class ConstantGraphValue : GraphValue
    {
        public ConstantGraphValue(object? value, SyntaxNode syntax)
            : base(syntax) => Value = value;

        public object? Value { get; }
    }

    /// <summary>A Kubernetes object.</summary>
    internal sealed class NodeGraphValue : GraphValue
    {
        public NodeGraphValue(ObjectNode node, SyntaxNode syntax)
            : base(syntax) => Node = node;

        public ObjectNode Node { get; }
    }

    /// <summary>A list, array or collection expression; <see cref="IsComplete"/> is false when some items cannot be seen (a spread, a method call).</summary>
    internal sealed class ListGraphValue : GraphValue
    {
        public ListGraphValue(ImmutableArray<GraphValue> items, bool isComplete, SyntaxNode syntax)
            : base(syntax)
        {
            Items = items;
            IsComplete = isComplete;
        }

        public ImmutableArray<GraphValue> Items { get; }

        public bool IsComplete { get; }
    }

    /// <summary>A string-keyed map (labels); <see cref="IsComplete"/> is false when some entries cannot be seen.</summary>
    internal sealed class MapGraphValue : GraphValue
    {
        public MapGraphValue(ImmutableArray<KeyValuePair<string, GraphValue>> entries, bool isComplete, SyntaxNode syntax)
            : base(syntax)
        {
            Entries = entries;
            IsComplete = isComplete;
        }

        public ImmutableArray<KeyValuePair<string, GraphValue>> Entries { get; }

        public bool IsComplete { get; }
    }

    /// <summary>A value the analyzer cannot know: a parameter, a method call, configuration.</summary>
    internal sealed class UnknownGraphValue : GraphValue
    {
        public UnknownGraphValue(SyntaxNode syntax)
            : base(syntax)
        {
        }
    }

    /// <summary>The library a piece of code is written against; fixes write code in its shape.</summary>
    internal enum FrontEndKind
    {
        /// <summary>KubernetesClient v18+: records with <c>required</c> members.</summary>
        KubernetesClientRecords,

        /// <summary>KubernetesClient v7–v17: classes with an all-properties constructor.</summary>
        KubernetesClientClasses,

        /// <summary>Pulumi.Kubernetes: <c>XArgs</c> classes of <c>Input&lt;T&gt;</c> members, deployed by resources.</summary>
        Pulumi,
    }
}
