using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KubeAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// Turns the IOperation trees of one operation block into <see cref="ObjectNode"/>s: object and collection
    /// initializers, constructor arguments, nested <c>new()</c>, arrays, lists and collection expressions,
    /// <c>with</c> expressions, locals written once, and later assignments to members of those locals.
    /// </summary>
    internal sealed class GraphBuilder
    {
        /// <summary>How deep a value may nest (locals within locals, paths within paths); past it the value is unknown.</summary>
        private const int MaxDepth = 32;

        private readonly FrontEndSet _frontEnds;
        private readonly Func<LocalValues> _createLocals;
        private readonly Dictionary<IOperation, ObjectNode> _nodes;
        private readonly List<ObjectNode> _created;
        private Dictionary<string, ObjectNode>? _fragments;
        private LocalValues? _locals;
        private int _depth;

        /// <param name="expectedObjects">How many objects the block builds, as far as is known beforehand (sizes the tables).</param>
        public GraphBuilder(FrontEndSet frontEnds, Func<LocalValues> createLocals, int expectedObjects = 0)
        {
            _frontEnds = frontEnds;
            _createLocals = createLocals;
            _nodes = new Dictionary<IOperation, ObjectNode>(expectedObjects);
            _created = new List<ObjectNode>(expectedObjects);
        }

        /// <summary>The objects no other object holds: each is a workload, or a piece of one built on its own.</summary>
        public IEnumerable<ObjectNode> Roots
        {
            get
            {
                foreach (var node in _created)
                {
                    if (!node.IsContained)
                    {
                        yield return node;
                    }
                }
            }
        }

        private LocalValues Locals => _locals ??= _createLocals();

        /// <summary>The object built by a model-type creation or <c>with</c> expression.</summary>
        public ObjectNode? GetNode(IOperation operation)
        {
            if (_nodes.TryGetValue(operation, out var existing))
            {
                return existing;
            }

            if (_frontEnds.TryGetResource(operation, out var resource))
            {
                return GetDeployedNode(resource);
            }

            if (!_frontEnds.TryGetKind(operation.Type, out var frontEnd, out var kind) || _depth > MaxDepth)
            {
                return null;
            }

            _depth++;
            try
            {
                switch (operation)
                {
                    case IObjectCreationOperation creation:
                        var node = Register(operation, new ObjectNode(kind, creation.Syntax, frontEnd.Kind, creation.Arguments.Length + (creation.Initializer?.Initializers.Length ?? 0)));
                        foreach (var argument in creation.Arguments)
                        {
                            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !argument.IsImplicit && argument.Parameter is { } parameter)
                            {
                                SetProperty(node, frontEnd.GetJsonName(parameter), Evaluate(argument.Value), argument.Syntax);
                            }
                        }

                        if (creation.Initializer is { } initializer)
                        {
                            ApplyInitializer(node, frontEnd, initializer);
                        }

                        return node;

                    case IWithOperation with:
                        // The copy keeps what the original had; the original stays a workload of its own.
                        var copy = ResolveObject(with.Operand) is { } original
                            ? original.CopyAs(with.Syntax)
                            : new ObjectNode(kind, with.Syntax, frontEnd.Kind) { IsPartial = true };
                        Register(operation, copy);
                        if (with.Initializer is { } withInitializer)
                        {
                            ApplyInitializer(copy, frontEnd, withInitializer);
                        }

                        return copy;

                    default:
                        return null;
                }
            }
            finally
            {
                _depth--;
            }
        }

        /// <summary>
        /// The object a resource deploys (<c>new Deployment("nginx", args)</c>): the args' object is the workload, and
        /// the resource's name names it where its metadata does not.
        /// </summary>
        private ObjectNode? GetDeployedNode(ResourceCreation resource)
        {
            if (ResolveObject(resource.ModelObject) is not { } node)
            {
                return null;
            }

            if (resource.Name is { } name)
            {
                node.ResourceName = new PropertyEntry(Evaluate(name.Value), name.Syntax);
            }

            return node;
        }

        /// <summary>
        /// Applies <c>x.Spec.HostNetwork = true;</c>: to the object <c>x.Spec</c> stands for when the analyzer can
        /// follow it, otherwise to a fragment of its own, one per receiver path, so that assignments to the same
        /// receiver are seen together.
        /// </summary>
        public void ApplyAssignment(ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Instance: { } instance } target
                || !_frontEnds.TryGetKind(target.Property.ContainingType, out var frontEnd, out var kind))
            {
                return;
            }

            var json = frontEnd.GetJsonName(target.Property);
            var receiver = ResolveObject(instance);
            if (receiver is null)
            {
                var key = PathKey(instance);
                if (key is null || _fragments is null || !_fragments.TryGetValue(key, out receiver))
                {
                    receiver = Register(assignment, new ObjectNode(kind, assignment.Syntax, frontEnd.Kind) { IsPartial = true });
                    if (key is not null)
                    {
                        (_fragments ??= new Dictionary<string, ObjectNode>(StringComparer.Ordinal))[key] = receiver;
                    }
                }
            }

            SetProperty(receiver, json, Evaluate(assignment.Value), assignment.Syntax);
        }

        /// <summary>What an expression evaluates to.</summary>
        public GraphValue Evaluate(IOperation operation)
        {
            var syntax = operation.Syntax;
            if (_depth > MaxDepth)
            {
                return new UnknownGraphValue(syntax);
            }

            _depth++;
            try
            {
                return EvaluateCore(operation, syntax);
            }
            finally
            {
                _depth--;
            }
        }

        private GraphValue EvaluateCore(IOperation operation, SyntaxNode syntax)
        {
            while (true)
            {
                if (operation.ConstantValue.HasValue)
                {
                    return new ConstantGraphValue(operation.ConstantValue.Value, syntax);
                }

                switch (operation)
                {
                    case IConversionOperation conversion when IsValuePreserving(conversion):
                        operation = conversion.Operand;
                        continue;

                    case IObjectCreationOperation or IWithOperation when GetNode(operation) is { } node:
                        return new NodeGraphValue(node, syntax);

                    case IObjectCreationOperation collection when collection.Initializer is { } initializer:
                        return EvaluateCollectionInitializer(initializer, collection.Arguments.IsEmpty, syntax);

                    case IObjectCreationOperation { Arguments.IsEmpty: true } emptyCollection when IsCollection(emptyCollection.Type):
                        return new ListGraphValue(ImmutableArray<GraphValue>.Empty, isComplete: true, syntax);

                    case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                        return EvaluateItems(arrayInitializer.ElementValues, syntax);

                    case ICollectionExpressionOperation collectionExpression:
                        return EvaluateItems(collectionExpression.Elements, syntax);

                    case IInvocationOperation invocation when IsCopyingCollection(invocation, out var source):
                        var copied = Evaluate(source);
                        return copied is ListGraphValue list ? new ListGraphValue(list.Items, list.IsComplete, syntax) : new UnknownGraphValue(syntax);

                    case ILocalReferenceOperation local when Locals.GetSingleValue(local.Local) is { } value:
                        operation = value;
                        continue;

                    case IConditionalOperation { Condition.ConstantValue: { HasValue: true, Value: bool condition } } conditional
                        when conditional.WhenFalse is not null:
                        operation = condition ? conditional.WhenTrue : conditional.WhenFalse;
                        continue;

                    case IDefaultValueOperation { Type: { IsReferenceType: true } or { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } }:
                        return new ConstantGraphValue(null, syntax);

                    default:
                        return new UnknownGraphValue(syntax);
                }
            }
        }

        /// <summary>The object an expression refers to: a creation, a local written once, or a property path from one (<c>pod.Spec</c>).</summary>
        private ObjectNode? ResolveObject(IOperation operation)
        {
            if (_depth > MaxDepth)
            {
                return null;
            }

            _depth++;
            try
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Instance: { } instance } property
                        when _frontEnds.TryGetKind(property.Property.ContainingType, out var frontEnd, out _):
                        return ResolveObject(instance)?.Get(frontEnd.GetJsonName(property.Property)) is NodeGraphValue held ? held.Node : null;
                    case IConversionOperation conversion when IsValuePreserving(conversion):
                        return ResolveObject(conversion.Operand);
                    default:
                        return Evaluate(operation) is NodeGraphValue value ? value.Node : null;
                }
            }
            finally
            {
                _depth--;
            }
        }

        private void ApplyInitializer(ObjectNode node, FrontEnd frontEnd, IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                switch (member)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                        SetProperty(node, frontEnd.GetJsonName(property.Property), Evaluate(assignment.Value), assignment.Syntax);
                        break;

                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: { } nested } memberInitializer:
                        // Spec = { HostNetwork = true } fills the object the property already holds; Ports = { ... } adds to its list.
                        var startsEmpty = frontEnd.StartsEmpty(property.Property);
                        SetProperty(node, frontEnd.GetJsonName(property.Property), EvaluateNested(property.Type, nested, startsEmpty, memberInitializer.Syntax), memberInitializer.Syntax);
                        break;
                }
            }
        }

        /// <param name="startsEmpty">True when the collection the initializer adds to is known to start empty, so its items are all the items.</param>
        private GraphValue EvaluateNested(ITypeSymbol? type, IObjectOrCollectionInitializerOperation initializer, bool startsEmpty, SyntaxNode syntax)
        {
            if (_frontEnds.TryGetKind(type, out var frontEnd, out var kind))
            {
                var node = Register(initializer, new ObjectNode(kind, syntax, frontEnd.Kind, initializer.Initializers.Length));
                ApplyInitializer(node, frontEnd, initializer);
                return new NodeGraphValue(node, syntax);
            }

            return EvaluateCollectionInitializer(initializer, isComplete: startsEmpty, syntax);
        }

        /// <summary>The items of <c>new List&lt;T&gt; { a, b }</c>, or the entries of <c>new Dictionary { ["k"] = v }</c>.</summary>
        private GraphValue EvaluateCollectionInitializer(IObjectOrCollectionInitializerOperation initializer, bool isComplete, SyntaxNode syntax)
        {
            // Sized for the initializer's elements, created when first needed: most initializers are lists, not maps.
            var size = initializer.Initializers.Length;
            ImmutableArray<GraphValue>.Builder? items = null;
            ImmutableArray<KeyValuePair<string, GraphValue>>.Builder? entries = null;
            foreach (var element in initializer.Initializers)
            {
                switch (element)
                {
                    case IInvocationOperation { Arguments.Length: 1 } add when add.Arguments[0].ArgumentKind == ArgumentKind.ParamArray:
                        // Add(params T[] items): each item of the implicit array is an item of the collection.
                        if (Evaluate(add.Arguments[0].Value) is ListGraphValue added)
                        {
                            (items ??= ImmutableArray.CreateBuilder<GraphValue>(size)).AddRange(added.Items);
                            isComplete &= added.IsComplete;
                        }
                        else
                        {
                            isComplete = false;
                        }

                        break;
                    case IInvocationOperation { Arguments.Length: 1 } add:
                        (items ??= ImmutableArray.CreateBuilder<GraphValue>(size)).Add(Evaluate(add.Arguments[0].Value));
                        break;
                    case IInvocationOperation { Arguments.Length: 2 } add
                        when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                        (entries ??= ImmutableArray.CreateBuilder<KeyValuePair<string, GraphValue>>(size)).Add(new KeyValuePair<string, GraphValue>(key, Evaluate(add.Arguments[1].Value)));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                        when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                        (entries ??= ImmutableArray.CreateBuilder<KeyValuePair<string, GraphValue>>(size)).Add(new KeyValuePair<string, GraphValue>(key, Evaluate(assignment.Value)));
                        break;
                    default:
                        isComplete = false;
                        break;
                }
            }

            if (entries is { Count: > 0 } && items is null or { Count: 0 })
            {
                return new MapGraphValue(ToImmutable(entries), isComplete, syntax);
            }

            return new ListGraphValue(items is null ? ImmutableArray<GraphValue>.Empty : ToImmutable(items), isComplete && entries is null or { Count: 0 }, syntax);
        }

        private GraphValue EvaluateItems(ImmutableArray<IOperation> elements, SyntaxNode syntax)
        {
            var items = ImmutableArray.CreateBuilder<GraphValue>(elements.Length);
            var isComplete = true;
            foreach (var element in elements)
            {
                if (element is ISpreadOperation spread)
                {
                    // [..basePorts, extra]: the spread's items when the analyzer can see them.
                    if (Evaluate(spread.Operand) is ListGraphValue spreadList)
                    {
                        items.AddRange(spreadList.Items);
                        isComplete &= spreadList.IsComplete;
                    }
                    else
                    {
                        isComplete = false;
                    }

                    continue;
                }

                items.Add(Evaluate(element));
            }

            return new ListGraphValue(ToImmutable(items), isComplete, syntax);
        }

        /// <summary>The builder's items, without a copy when it is exactly full.</summary>
        private static ImmutableArray<T> ToImmutable<T>(ImmutableArray<T>.Builder builder)
            => builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();

        private ObjectNode Register(IOperation operation, ObjectNode node)
        {
            _nodes[operation] = node;
            _created.Add(node);
            return node;
        }

        private static void SetProperty(ObjectNode node, string jsonName, GraphValue value, SyntaxNode member)
        {
            node.Set(jsonName, value, member);
            Contain(value);
        }

        private static void Contain(GraphValue value)
        {
            switch (value)
            {
                case NodeGraphValue held:
                    held.Node.IsContained = true;
                    break;
                case ListGraphValue list:
                    foreach (var item in list.Items)
                    {
                        Contain(item);
                    }

                    break;
                case MapGraphValue map:
                    foreach (var entry in map.Entries)
                    {
                        Contain(entry.Value);
                    }

                    break;
            }
        }

        /// <summary>
        /// Conversions that keep the value: every implicit one the language defines (target-typed <c>new()</c>,
        /// collection expressions, <c>default</c>, nullable, reference, widening), explicit identity, reference and
        /// nullable ones, and a library's wrapping types (<c>IntOrString</c> from <c>int</c>).
        /// </summary>
        private bool IsValuePreserving(IConversionOperation conversion)
        {
            var kind = conversion.Conversion;
            if (!kind.IsUserDefined)
            {
                return kind.IsImplicit || kind.IsIdentity || kind.IsReference || (kind.IsNullable && !kind.IsNumeric);
            }

            if (conversion.OperatorMethod is not { } method)
            {
                return false;
            }

            foreach (var frontEnd in _frontEnds.FrontEnds)
            {
                if (frontEnd.IsWrappingConversion(method))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>array.ToList()</c>, <c>list.ToArray()</c>, <c>new List&lt;T&gt;(array)</c>-like copies keep the items.</summary>
        private static bool IsCopyingCollection(IInvocationOperation invocation, out IOperation source)
        {
            source = null!;
            var method = invocation.TargetMethod;
            if (method.Name is not ("ToList" or "ToArray" or "ToImmutableArray" or "ToImmutableList" or "AsEnumerable")
                || method.ContainingNamespace?.ToDisplayString() is not ("System.Linq" or "System.Collections.Immutable"))
            {
                return false;
            }

            if (method.IsExtensionMethod && invocation.Arguments.Length == 1)
            {
                source = invocation.Arguments[0].Value;
                return true;
            }

            return false;
        }

        private static bool IsCollection(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsGenericType: true, Name: "List" or "Collection" or "HashSet" } named
               && named.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections.ObjectModel";

        /// <summary>A stable key for a receiver path such as <c>spec</c> or <c>this.pod.Spec</c>, or null when it is not one.</summary>
        private static string? PathKey(IOperation operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return "l:" + local.Local.Name + "@" + local.Local.Locations.FirstOrDefaultSpanStart();
                case IParameterReferenceOperation parameter:
                    return "p:" + parameter.Parameter.Name;
                case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                    return "f:" + field.Field.Name;
                case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.IsEmpty: true } property:
                    return "m:" + property.Property.Name;
                case IPropertyReferenceOperation { Instance: { } instance, Arguments.IsEmpty: true } property:
                    return PathKey(instance) is { } prefix ? prefix + "." + property.Property.Name : null;
                case IConversionOperation { IsImplicit: true } conversion:
                    return PathKey(conversion.Operand);
                default:
                    return null;
            }
        }
    }

    internal static class LocationExtensions
    {
        public static int FirstOrDefaultSpanStart(this ImmutableArray<Location> locations)
            => locations.IsDefaultOrEmpty ? -1 : locations[0].SourceSpan.Start;
    }
}
