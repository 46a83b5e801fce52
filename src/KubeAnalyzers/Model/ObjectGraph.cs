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
        /// <summary>The properties set, in the order first set: an object has a handful, so a short array beats a hash table.</summary>
        private KeyValuePair<string, PropertyEntry>[] _properties;
        private int _count;

        /// <param name="capacity">How many properties the code sets, when known (the members of its initializer).</param>
        public ObjectNode(string kind, SyntaxNode syntax, FrontEndKind frontEnd, int capacity = 0)
            : this(kind, syntax, frontEnd, capacity > 0 ? new KeyValuePair<string, PropertyEntry>[capacity] : System.Array.Empty<KeyValuePair<string, PropertyEntry>>(), 0)
        {
        }

        private ObjectNode(string kind, SyntaxNode syntax, FrontEndKind frontEnd, KeyValuePair<string, PropertyEntry>[] properties, int count)
        {
            Kind = kind;
            Syntax = syntax;
            FrontEnd = frontEnd;
            _properties = properties;
            _count = count;
        }

        public string Kind { get; }

        /// <summary>The expression that creates the object (or, for a fragment, the first assignment to it).</summary>
        public SyntaxNode Syntax { get; }

        public FrontEndKind FrontEnd { get; }

        /// <summary>True once another object, a list or a local that flows into one holds this object.</summary>
        public bool IsContained { get; set; }

        /// <summary>
        /// True for an object the analyzer sees only in part: through assignments to its members (a parameter's, a field's, a
        /// deserialized object's) or as a <c>with</c> copy of one. What the code does not set here may be set where the object
        /// comes from, so rules must not take Kubernetes' default for it.
        /// </summary>
        public bool IsPartial { get; set; }

        /// <summary>The name a deployment tool gives the object besides its metadata (Pulumi's resource name), with the argument that sets it.</summary>
        public PropertyEntry? ResourceName { get; set; }

        /// <summary>Sets a property; a later value replaces an earlier one, as a later assignment does.</summary>
        public void Set(string jsonName, GraphValue value, SyntaxNode member)
        {
            var entry = new KeyValuePair<string, PropertyEntry>(jsonName, new PropertyEntry(value, member));
            var index = IndexOf(jsonName);
            if (index >= 0)
            {
                _properties[index] = entry;
                return;
            }

            if (_count == _properties.Length)
            {
                System.Array.Resize(ref _properties, _count == 0 ? 4 : _count * 2);
            }

            _properties[_count++] = entry;
        }

        public GraphValue? Get(string jsonName) => TryGet(jsonName, out var entry) ? entry.Value : null;

        public bool TryGet(string jsonName, out PropertyEntry entry)
        {
            var index = IndexOf(jsonName);
            entry = index >= 0 ? _properties[index].Value : default;
            return index >= 0;
        }

        /// <summary>A copy for a <c>with</c> expression: the same property values, a new identity.</summary>
        public ObjectNode CopyAs(SyntaxNode syntax)
        {
            var properties = new KeyValuePair<string, PropertyEntry>[_count];
            System.Array.Copy(_properties, properties, _count);
            return new ObjectNode(Kind, syntax, FrontEnd, properties, _count) { IsPartial = IsPartial };
        }

        private int IndexOf(string jsonName)
        {
            for (var i = 0; i < _count; i++)
            {
                if (string.Equals(_properties[i].Key, jsonName, System.StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
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
