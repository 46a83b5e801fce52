using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>
    /// Turns a KubernetesClient Deployment (<c>new V1Deployment { ... }</c>, or a <c>V1DeploymentSpec</c> built on its own) into a
    /// DaemonSet, in either client shape, or a Pulumi.Kubernetes one (<c>new Deployment("web", new DeploymentArgs { ... })</c>, the
    /// resource with its args, or the args on their own): the types, the spec's members (replicas, progressDeadlineSeconds and paused go; the
    /// strategy becomes the updateStrategy, or goes when it is Recreate; its maxSurge goes unless it is 0), the constructor
    /// arguments by parameter name, and the types written around it (the local it is stored in, the return type of the method
    /// or property that returns it).
    /// Planned only when every use of the Deployment still compiles as a DaemonSet.
    /// </summary>
    internal sealed class DaemonSetConversion
    {
        /// <summary>How deep the use of a converted value is followed (through locals, returns and members).</summary>
        private const int MaxDepth = 16;

        private readonly WorkloadTypes _types;

        private DaemonSetConversion(WorkloadTypes types, SyntaxNode root, SyntaxNode converted, List<(TypeSyntax Original, TypeSyntax Replacement)> retypes, List<ISymbol> changedFunctions)
        {
            _types = types;
            Root = root;
            Converted = converted;
            Retypes = retypes;
            ChangedFunctions = changedFunctions;
        }

        /// <summary>What the workload is converted at: the Deployment's creation, or the spec's when it is built on its own.</summary>
        public SyntaxNode Root { get; }

        public SyntaxNode Converted { get; }

        /// <summary>The types written around the workload that change with it.</summary>
        public IReadOnlyList<(TypeSyntax Original, TypeSyntax Replacement)> Retypes { get; }

        /// <summary>The methods, local functions and properties whose return type changes: their callers must accept a DaemonSet.</summary>
        public IReadOnlyList<ISymbol> ChangedFunctions { get; }

        /// <summary>The conversion of the Deployment whose replica count is <paramref name="replicasMember"/>, or null when it cannot be made.</summary>
        public static DaemonSetConversion? Plan(SemanticModel model, SyntaxNode replicasMember, CancellationToken cancellationToken)
        {
            if (HolderOf(replicasMember) is not { } spec
                || WorkloadTypes.Resolve(model.Compilation, model.GetTypeInfo(spec, cancellationToken).Type) is not { } types)
            {
                return null;
            }

            // The spec's Deployment, when the spec is written in its initializer or constructor call.
            ExpressionSyntax root = spec;
            var level = Level.Spec;
            if (HolderOf(Outermost(spec)) is { } deployment && types.LevelOf(model.GetTypeInfo(deployment, cancellationToken).Type) == Level.Deployment)
            {
                root = deployment;
                level = Level.Deployment;

                // Pulumi: the resource the args are passed to (new Deployment("web", new DeploymentArgs { ... })).
                if (types.HasResource && HolderOf(Outermost(deployment)) is { } resource
                    && types.LevelOf(model.GetTypeInfo(resource, cancellationToken).Type) == Level.Resource)
                {
                    root = resource;
                    level = Level.Resource;
                }
            }

            if (new Converter(model, types, cancellationToken).Convert(root, level) is not { } converted)
            {
                return null;
            }

            var usages = new Usages(model, types, root, mayRetype: true, cancellationToken);
            return usages.Accept(root) ? new DaemonSetConversion(types, root, converted, usages.Retypes, usages.Functions) : null;
        }

        /// <summary>True when every caller of a method or property whose return type changes accepts the DaemonSet.</summary>
        public async Task<bool> CallersAcceptAsync(Solution solution, CancellationToken cancellationToken)
        {
            foreach (var function in ChangedFunctions)
            {
                var references = await SymbolFinder.FindReferencesAsync(function, solution, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.SelectMany(r => r.Locations))
                {
                    if (location.IsImplicit || location.IsCandidateLocation
                        || await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                        || await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
                    {
                        return false;
                    }

                    var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    if (node.AncestorsAndSelf().Any(n => n is CrefSyntax))
                    {
                        continue;
                    }

                    if (CallOf(node, function) is not { } call || !new Usages(model, _types, root: null, mayRetype: false, cancellationToken).Accept(call))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public void Apply(DocumentEditor editor)
        {
            editor.ReplaceNode(Root, Converted);
            foreach (var (original, replacement) in Retypes)
            {
                editor.ReplaceNode(original, replacement);
            }
        }

        /// <summary>The object creation whose initializer member or constructor argument <paramref name="member"/> is.</summary>
        private static BaseObjectCreationExpressionSyntax? HolderOf(SyntaxNode member)
            => member switch
            {
                AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } => creation,
                ExpressionSyntax { Parent: AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } assignment } value
                    when assignment.Right == value => creation,
                ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } => creation,
                ExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } } => creation,
                _ => null,
            };

        /// <summary>The invocation <c>Create()</c> of a method, or the access <c>Nginx</c> of a property, at a reference to it.</summary>
        private static ExpressionSyntax? CallOf(SyntaxNode reference, ISymbol function)
        {
            if (reference is not SimpleNameSyntax name)
            {
                return null;
            }

            ExpressionSyntax expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (function is IMethodSymbol)
            {
                return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? invocation : null;
            }

            return expression;
        }

        private static ExpressionSyntax Outermost(ExpressionSyntax expression)
        {
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression;
        }

        private static ExpressionSyntax Innermost(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>
        /// <c>V1Deployment</c> → <c>V1DaemonSet</c> (<c>Deployment</c> → <c>DaemonSet</c>, <c>DeploymentArgs</c> → <c>DaemonSetArgs</c>) in a
        /// type as written, keeping its qualification and trivia, when the renamed name binds to the new type there; otherwise the
        /// new type's shortest name at that position (an alias, a name another type of the same name would capture).
        /// </summary>
        private static TypeSyntax RenameType(SemanticModel model, TypeSyntax type, INamedTypeSymbol from, INamedTypeSymbol to)
        {
            if (type is NullableTypeSyntax nullable)
            {
                return nullable.WithElementType(RenameType(model, nullable.ElementType, from, to));
            }

            TypeSyntax? renamed = type switch
            {
                IdentifierNameSyntax name when name.Identifier.ValueText == from.Name => name.WithIdentifier(Renamed(name.Identifier, to.Name)),
                QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified when right.Identifier.ValueText == from.Name
                    => qualified.WithRight(right.WithIdentifier(Renamed(right.Identifier, to.Name))),
                _ => null,
            };
            if (renamed is not null && Binds(model, type.SpanStart, renamed, to))
            {
                return renamed;
            }

            var minimal = SyntaxFactory.ParseTypeName(to.ToMinimalDisplayString(model, type.SpanStart)).WithTriviaFrom(type);
            return Binds(model, type.SpanStart, minimal, to)
                ? minimal
                : SyntaxFactory.ParseTypeName(to.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithTriviaFrom(type);
        }

        private static bool Binds(SemanticModel model, int position, TypeSyntax type, INamedTypeSymbol expected)
            => SymbolEqualityComparer.Default.Equals(model.GetSpeculativeTypeInfo(position, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type, expected);

        private static SyntaxToken Renamed(SyntaxToken identifier, string name)
            => SyntaxFactory.Identifier(identifier.LeadingTrivia, name, identifier.TrailingTrivia);

        /// <summary>The objects a Deployment is made of, in nesting order.</summary>
        private enum Level
        {
            None,
            Deployment,
            Spec,
            Strategy,
            RollingUpdate,

            /// <summary>Pulumi's resource (<c>Pulumi.Kubernetes.Apps.V1.Deployment</c>), whose constructor takes the Deployment's args.</summary>
            Resource,
        }

        /// <summary>What happens to a member of a converted object.</summary>
        private enum MemberAction
        {
            /// <summary>The DaemonSet's object has it too.</summary>
            Keep,

            /// <summary>A DaemonSet has no such field, and it can go (replicas).</summary>
            Drop,

            /// <summary>Its value is itself converted (the spec, the strategy and its rollingUpdate).</summary>
            Convert,

            /// <summary>A DaemonSet has no such field and the value cannot just go (status).</summary>
            Reject,

            /// <summary>
            /// maxSurge: kept when it is 0, the DaemonSet's default, and dropped otherwise. A surge pod claims the same host
            /// ports on the same node as the pod it replaces, so it never starts; and the API server refuses a DaemonSet
            /// whose maxSurge and maxUnavailable are both non-zero.
            /// </summary>
            KeepWhenZero,

            /// <summary>maxUnavailable: 1 where it is 0, since maxSurge is now 0 and the API server refuses both at 0.</summary>
            NotZero,
        }

        private static (MemberAction Action, Level Child, string Name) Classify(Level level, string property)
            => (level, property) switch
            {
                (Level.Deployment, "ApiVersion" or "Kind" or "Metadata") => (MemberAction.Keep, Level.None, property),
                (Level.Deployment, "Spec") => (MemberAction.Convert, Level.Spec, property),
                (Level.Spec, "Selector" or "Template" or "MinReadySeconds" or "RevisionHistoryLimit") => (MemberAction.Keep, Level.None, property),
                (Level.Spec, "Replicas" or "ProgressDeadlineSeconds" or "Paused") => (MemberAction.Drop, Level.None, property),
                (Level.Spec, "Strategy") => (MemberAction.Convert, Level.Strategy, "UpdateStrategy"),
                (Level.Strategy, "Type") => (MemberAction.Keep, Level.None, property),
                (Level.Strategy, "RollingUpdate") => (MemberAction.Convert, Level.RollingUpdate, property),
                (Level.RollingUpdate, "MaxSurge") => (MemberAction.KeepWhenZero, Level.None, property),
                (Level.RollingUpdate, "MaxUnavailable") => (MemberAction.NotZero, Level.None, property),
                _ => (MemberAction.Reject, Level.None, property),
            };

        /// <summary>The Deployment types of one library (the client's, or Pulumi's args and resource) and their DaemonSet counterparts.</summary>
        private sealed class WorkloadTypes
        {
            private static readonly (string Namespace, string[] From, string[] To)[] Libraries =
            {
                ("k8s.Models.", new[] { "V1Deployment", "V1DeploymentSpec", "V1DeploymentStrategy", "V1RollingUpdateDeployment" }, new[] { "V1DaemonSet", "V1DaemonSetSpec", "V1DaemonSetUpdateStrategy", "V1RollingUpdateDaemonSet" }),
                (
                    "Pulumi.Kubernetes.",
                    new[] { "Types.Inputs.Apps.V1.DeploymentArgs", "Types.Inputs.Apps.V1.DeploymentSpecArgs", "Types.Inputs.Apps.V1.DeploymentStrategyArgs", "Types.Inputs.Apps.V1.RollingUpdateDeploymentArgs", "Apps.V1.Deployment" },
                    new[] { "Types.Inputs.Apps.V1.DaemonSetArgs", "Types.Inputs.Apps.V1.DaemonSetSpecArgs", "Types.Inputs.Apps.V1.DaemonSetUpdateStrategyArgs", "Types.Inputs.Apps.V1.RollingUpdateDaemonSetArgs", "Apps.V1.DaemonSet" }),
            };

            private readonly INamedTypeSymbol[] _from;
            private readonly INamedTypeSymbol[] _to;

            private WorkloadTypes(INamedTypeSymbol[] from, INamedTypeSymbol[] to)
            {
                _from = from;
                _to = to;
            }

            /// <summary>True for Pulumi, whose Deployment is a resource that takes the args.</summary>
            public bool HasResource => _from.Length > (int)Level.Resource - 1;

            /// <summary>The types of the library whose Deployment spec is <paramref name="specType"/>, or null.</summary>
            public static WorkloadTypes? Resolve(Compilation compilation, ITypeSymbol? specType)
            {
                foreach (var (prefix, from, to) in Libraries)
                {
                    var fromTypes = new INamedTypeSymbol[from.Length];
                    var toTypes = new INamedTypeSymbol[to.Length];
                    var resolved = true;
                    for (var i = 0; i < from.Length && resolved; i++)
                    {
                        if (compilation.GetTypeByMetadataName(prefix + from[i]) is { } fromType && compilation.GetTypeByMetadataName(prefix + to[i]) is { } toType)
                        {
                            fromTypes[i] = fromType;
                            toTypes[i] = toType;
                        }
                        else
                        {
                            resolved = false;
                        }
                    }

                    if (resolved && SymbolEqualityComparer.Default.Equals(specType, fromTypes[(int)Level.Spec - 1]))
                    {
                        return new WorkloadTypes(fromTypes, toTypes);
                    }
                }

                return null;
            }

            public Level LevelOf(ITypeSymbol? type)
            {
                for (var i = 0; i < _from.Length; i++)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, _from[i]))
                    {
                        return (Level)(i + 1);
                    }
                }

                return Level.None;
            }

            public INamedTypeSymbol From(Level level) => _from[(int)level - 1];

            public INamedTypeSymbol To(Level level) => _to[(int)level - 1];
        }

        /// <summary>Rewrites the creations, from the original syntax; null wherever the code cannot be converted.</summary>
        private sealed class Converter
        {
            private readonly SemanticModel _model;
            private readonly WorkloadTypes _types;
            private readonly CancellationToken _cancellationToken;

            public Converter(SemanticModel model, WorkloadTypes types, CancellationToken cancellationToken)
            {
                _model = model;
                _types = types;
                _cancellationToken = cancellationToken;
            }

            public ExpressionSyntax? Convert(ExpressionSyntax creation, Level level)
                => TryConvertValue(creation, level, out var converted) ? converted : null;

            /// <summary>Converts a member's value: true with null when the member should go (a Recreate strategy).</summary>
            private bool TryConvertValue(ExpressionSyntax value, Level level, out ExpressionSyntax? converted)
            {
                converted = null;
                switch (Innermost(value))
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                        converted = value;
                        return true;

                    case BaseObjectCreationExpressionSyntax creation when _types.LevelOf(_model.GetTypeInfo(creation, _cancellationToken).Type) == level
                        && _model.GetOperation(creation, _cancellationToken) is IObjectCreationOperation operation:
                        if (level == Level.Strategy)
                        {
                            if (!TryGetStrategyType(creation, operation, out var type))
                            {
                                return false;
                            }

                            if (type == "Recreate")
                            {
                                // A DaemonSet has no Recreate: its default rolling update replaces the pods node by node.
                                return true;
                            }
                        }

                        if (ConvertCreation(creation, operation, level) is not { } result)
                        {
                            return false;
                        }

                        converted = creation == value ? result : value.ReplaceNode(creation, result);
                        return true;

                    default:
                        return false;
                }
            }

            private BaseObjectCreationExpressionSyntax? ConvertCreation(BaseObjectCreationExpressionSyntax creation, IObjectCreationOperation operation, Level level)
            {
                var result = creation;
                if (level == Level.Resource)
                {
                    // new Deployment("web", new DeploymentArgs { ... }, options): the args convert, the name and options stay.
                    if (creation.Initializer is { Expressions.Count: > 0 } || creation.ArgumentList is not { } list || ConvertResourceArguments(list, operation) is not { } converted)
                    {
                        return null;
                    }

                    result = result.WithArgumentList(converted);
                }
                else if (creation.ArgumentList is { Arguments.Count: > 0 } arguments)
                {
                    if (ConvertArguments(arguments, operation, level) is not { } converted)
                    {
                        return null;
                    }

                    result = result.WithArgumentList(converted);
                }

                if (creation.Initializer is { } initializer)
                {
                    if (ConvertInitializer(initializer, level) is not { } converted)
                    {
                        return null;
                    }

                    result = result.WithInitializer(converted);
                }

                // Renamed from the original type, whose position the semantic model knows.
                return result is ObjectCreationExpressionSyntax written && creation is ObjectCreationExpressionSyntax original
                    ? written.WithType(RenameType(_model, original.Type, _types.From(level), _types.To(level)))
                    : result;
            }

            private InitializerExpressionSyntax? ConvertInitializer(InitializerExpressionSyntax initializer, Level level)
            {
                var original = initializer.Expressions;
                var expressions = original;
                var dropped = new List<int>();
                for (var i = 0; i < original.Count; i++)
                {
                    if (original[i] is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment
                        || !TryConvertMember(level, name.Identifier.ValueText, assignment.Right, out var value, out var newName))
                    {
                        return null;
                    }

                    if (value is null)
                    {
                        dropped.Add(i);
                        continue;
                    }

                    var converted = assignment.WithRight(value);
                    if (newName != name.Identifier.ValueText)
                    {
                        converted = converted.WithLeft(name.WithIdentifier(Renamed(name.Identifier, newName)));
                    }

                    expressions = expressions.Replace(expressions[i], converted);
                }

                for (var i = dropped.Count - 1; i >= 0; i--)
                {
                    expressions = SyntaxWriter.RemoveKeepingLayout(expressions, dropped[i]);
                }

                return initializer.WithExpressions(expressions);
            }

            /// <summary>The arguments of a Pulumi resource's constructor, with its args (the one of the Deployment's args type) converted.</summary>
            private ArgumentListSyntax? ConvertResourceArguments(ArgumentListSyntax list, IObjectCreationOperation operation)
            {
                var args = _types.From(Level.Deployment);
                foreach (var argument in list.Arguments)
                {
                    if (!argument.RefKindKeyword.IsKind(SyntaxKind.None)
                        || operation.Arguments.FirstOrDefault(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Syntax == argument)?.Parameter is not { } parameter)
                    {
                        return null;
                    }

                    if (SymbolEqualityComparer.Default.Equals(parameter.Type, args))
                    {
                        return TryConvertValue(argument.Expression, Level.Deployment, out var value) && value is not null
                            ? list.ReplaceNode(argument.Expression, value)
                            : null;
                    }
                }

                return null;
            }

            /// <summary>
            /// v17 constructor arguments, by parameter: those the DaemonSet's constructor has stay, positional while they are
            /// at their parameter's position, named from the first one that is not.
            /// </summary>
            private ArgumentListSyntax? ConvertArguments(ArgumentListSyntax list, IObjectCreationOperation operation, Level level)
            {
                var parameters = _types.To(level).InstanceConstructors.OrderByDescending(c => c.Parameters.Length).FirstOrDefault()?.Parameters
                    .Select(p => p.Name).ToList() ?? new List<string>();
                var original = list.Arguments;
                var arguments = original;
                var dropped = new List<int>();
                var position = 0;
                var named = false;
                for (var i = 0; i < original.Count; i++)
                {
                    var argument = original[i];
                    if (!argument.RefKindKeyword.IsKind(SyntaxKind.None)
                        || operation.Arguments.FirstOrDefault(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Syntax == argument)?.Parameter is not { Name.Length: > 0 } parameter
                        || !TryConvertMember(level, char.ToUpperInvariant(parameter.Name[0]) + parameter.Name.Substring(1), argument.Expression, out var value, out var newName))
                    {
                        return null;
                    }

                    if (value is null)
                    {
                        dropped.Add(i);
                        continue;
                    }

                    var newParameter = char.ToLowerInvariant(newName[0]) + newName.Substring(1);
                    var index = parameters.IndexOf(newParameter);
                    if (index < 0)
                    {
                        return null;
                    }

                    var converted = argument.WithExpression(value);
                    if (argument.NameColon is { } nameColon)
                    {
                        named = true;
                        if (nameColon.Name.Identifier.ValueText != newParameter)
                        {
                            converted = converted.WithNameColon(nameColon.WithName(nameColon.Name.WithIdentifier(Renamed(nameColon.Name.Identifier, newParameter))));
                        }
                    }
                    else if (named || index != position)
                    {
                        named = true;
                        converted = SyntaxWriter.Named(converted, newParameter);
                    }

                    position++;
                    arguments = arguments.Replace(arguments[i], converted);
                }

                for (var i = dropped.Count - 1; i >= 0; i--)
                {
                    arguments = SyntaxWriter.RemoveKeepingLayout(arguments, dropped[i]);
                }

                return list.WithArguments(arguments);
            }

            /// <summary>A member of a converted object: its new value (null when it goes) and its new name; false when it cannot be converted.</summary>
            private bool TryConvertMember(Level level, string property, ExpressionSyntax value, out ExpressionSyntax? converted, out string newName)
            {
                var (action, child, name) = Classify(level, property);
                newName = name;
                converted = null;
                switch (action)
                {
                    case MemberAction.Keep:
                        converted = level == Level.Deployment && property == "Kind" ? ConvertKind(value) : value;
                        return true;
                    case MemberAction.Drop:
                        return true;
                    case MemberAction.Convert:
                        return TryConvertValue(value, child, out converted);
                    case MemberAction.KeepWhenZero:
                        converted = IsZero(value) ? value : null;
                        return true;
                    case MemberAction.NotZero:
                        converted = IsZero(value) ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1)).WithTriviaFrom(value) : value;
                        return true;
                    default:
                        // status: only a null one can go.
                        return Innermost(value).IsKind(SyntaxKind.NullLiteralExpression);
                }
            }

            /// <summary>True for an int-or-string known to be 0: <c>0</c>, <c>"0"</c>, <c>"0%"</c>.</summary>
            private bool IsZero(ExpressionSyntax value)
                => _model.GetConstantValue(value, _cancellationToken) is { HasValue: true, Value: 0 or "0" or "0%" };

            /// <summary><c>"Deployment"</c> → <c>"DaemonSet"</c>, <c>V1Deployment.KubeKind</c> → <c>V1DaemonSet.KubeKind</c>; other values stay.</summary>
            private ExpressionSyntax ConvertKind(ExpressionSyntax value)
            {
                if (_model.GetConstantValue(value, _cancellationToken) is not { HasValue: true, Value: "Deployment" })
                {
                    return value;
                }

                var deployment = _types.From(Level.Deployment);
                if (Innermost(value) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "KubeKind" } access
                    && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(access.Expression, _cancellationToken).Symbol, deployment))
                {
                    var daemonSet = _types.To(Level.Deployment);
                    ExpressionSyntax type = access.Expression switch
                    {
                        IdentifierNameSyntax name when name.Identifier.ValueText == deployment.Name => name.WithIdentifier(Renamed(name.Identifier, daemonSet.Name)),
                        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } qualified when name.Identifier.ValueText == deployment.Name
                            => qualified.WithName(name.WithIdentifier(Renamed(name.Identifier, daemonSet.Name))),
                        _ => SyntaxFactory.ParseExpression(daemonSet.ToMinimalDisplayString(_model, access.SpanStart)).WithTriviaFrom(access.Expression),
                    };
                    return value.ReplaceNode(access.Expression, type);
                }

                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("DaemonSet")).WithTriviaFrom(value);
            }

            /// <summary>The strategy's type: null when absent or null; false when it is not a constant.</summary>
            private bool TryGetStrategyType(BaseObjectCreationExpressionSyntax creation, IObjectCreationOperation operation, out string? type)
            {
                type = null;
                ExpressionSyntax? value = null;
                foreach (var argument in operation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == "type" && argument.Syntax is ArgumentSyntax written)
                    {
                        value = written.Expression;
                    }
                }

                foreach (var member in creation.Initializer?.Expressions ?? default)
                {
                    if (member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Type" } } assignment)
                    {
                        value = assignment.Right;
                    }
                }

                if (value is null)
                {
                    return true;
                }

                var constant = _model.GetConstantValue(value, _cancellationToken);
                type = constant.Value as string;
                return constant.HasValue && (constant.Value is null || type is not null);
            }
        }

        /// <summary>
        /// Follows the uses of a value whose type changes from a Deployment type to its DaemonSet counterpart, and says whether
        /// they all still compile: members the DaemonSet has, implicit reference conversions (to <c>object</c>, to
        /// <c>IKubernetesObject&lt;V1ObjectMeta&gt;</c>), locals and returns (whose written types it retypes when it may). Anything
        /// else, an argument of a generic method included (its result may carry the type), is refused.
        /// </summary>
        private sealed class Usages
        {
            private readonly SemanticModel _model;
            private readonly WorkloadTypes _types;
            private readonly SyntaxNode? _root;
            private readonly bool _mayRetype;
            private readonly CancellationToken _cancellationToken;
            private readonly HashSet<ILocalSymbol> _locals = new(SymbolEqualityComparer.Default);
            private int _depth;

            /// <param name="root">The converted creation, when the uses are in its document.</param>
            /// <param name="mayRetype">Whether written types may change (in the converted creation's method, not in its callers).</param>
            public Usages(SemanticModel model, WorkloadTypes types, SyntaxNode? root, bool mayRetype, CancellationToken cancellationToken)
            {
                _model = model;
                _types = types;
                _root = root;
                _mayRetype = mayRetype;
                _cancellationToken = cancellationToken;
            }

            public List<(TypeSyntax Original, TypeSyntax Replacement)> Retypes { get; } = new();

            public List<ISymbol> Functions { get; } = new();

            public bool Accept(ExpressionSyntax expression)
            {
                if (_depth >= MaxDepth)
                {
                    return false;
                }

                _depth++;
                try
                {
                    return AcceptCore(Outermost(expression));
                }
                finally
                {
                    _depth--;
                }
            }

            private bool AcceptCore(ExpressionSyntax node)
            {
                var typeInfo = _model.GetTypeInfo(node, _cancellationToken);
                var level = _types.LevelOf(typeInfo.Type);
                if (level is not (Level.Deployment or Level.Spec or Level.Resource))
                {
                    return false;
                }

                if (typeInfo.ConvertedType is { } converted && !SymbolEqualityComparer.Default.Equals(converted, typeInfo.Type))
                {
                    // object, IKubernetesObject<V1ObjectMeta>, IMetadata<V1ObjectMeta>: the DaemonSet is one too.
                    var conversion = _model.Compilation.ClassifyConversion(_types.To(level), converted);
                    return conversion.IsImplicit && (conversion.IsReference || conversion.IsIdentity || IsWrapping(conversion, level));
                }

                switch (node.Parent)
                {
                    case MemberAccessExpressionSyntax access when access.Expression == node:
                        return AcceptMember(access, level);

                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } declaration } declarator }:
                        return AcceptLocal(statement, declaration, declarator, level);

                    case ReturnStatementSyntax @return:
                        return AcceptReturn(@return.Ancestors().FirstOrDefault(IsFunction), node, level);

                    case ArrowExpressionClauseSyntax arrow:
                        return AcceptReturn(arrow.Parent, node, level);

                    case ExpressionStatementSyntax:
                        return true;

                    default:
                        return false;
                }
            }

            /// <summary>
            /// Pulumi's <c>Input&lt;Resource&gt;</c> from a resource (<c>DependsOn = { web }</c>): a user-defined conversion from a type
            /// both resources derive from.
            /// </summary>
            private bool IsWrapping(Conversion conversion, Level level)
                => level == Level.Resource && conversion.IsUserDefined && conversion.MethodSymbol is { Parameters.Length: 1 } method
                   && IsBaseOf(method.Parameters[0].Type, _types.From(level)) && IsBaseOf(method.Parameters[0].Type, _types.To(level));

            /// <summary>True when <paramref name="type"/> is a proper base class of <paramref name="derived"/>.</summary>
            private static bool IsBaseOf(ITypeSymbol type, INamedTypeSymbol derived)
            {
                for (var current = derived.BaseType; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary><c>d.Metadata</c>, <c>d.Spec.Template</c>: the members a DaemonSet has with the same type.</summary>
            private bool AcceptMember(MemberAccessExpressionSyntax access, Level level)
            {
                var name = access.Name.Identifier.ValueText;
                var written = access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access;
                if (level == Level.Resource)
                {
                    // A Pulumi resource's outputs: those with the same type on a DaemonSet, and those of the base classes (Urn, Id).
                    return name is "Metadata" or "ApiVersion" or "Kind"
                        || (_model.GetSymbolInfo(access, _cancellationToken).Symbol is { IsStatic: false } member and (IPropertySymbol or IFieldSymbol or IMethodSymbol { IsExtensionMethod: false })
                            && member.ContainingType is { } owner && IsBaseOf(owner, _types.From(level)) && IsBaseOf(owner, _types.To(level)));
                }

                return (level, name) switch
                {
                    (Level.Deployment, "Metadata" or "ApiVersion") => true,
                    (Level.Deployment, "Kind") => !written,
                    (Level.Deployment, "Spec") => !written && Accept(access),
                    (Level.Spec, "Selector" or "Template" or "MinReadySeconds" or "RevisionHistoryLimit") => true,
                    _ => false,
                };
            }

            private bool AcceptLocal(LocalDeclarationStatementSyntax statement, VariableDeclarationSyntax declaration, VariableDeclaratorSyntax declarator, Level level)
            {
                if (declaration.Variables.Count != 1 || statement.UsingKeyword.IsKind(SyntaxKind.UsingKeyword)
                    || _model.GetDeclaredSymbol(declarator, _cancellationToken) is not ILocalSymbol local
                    || (statement.Parent is GlobalStatementSyntax global ? global.Parent : statement.Parent) is not { } scope)
                {
                    return false;
                }

                if (!declaration.Type.IsVar)
                {
                    if (!_mayRetype)
                    {
                        return false;
                    }

                    Retypes.Add((declaration.Type, RenameType(_model, declaration.Type, _types.From(level), _types.To(level))));
                }

                _locals.Add(local);
                foreach (var reference in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (reference.Identifier.ValueText == local.Name
                        && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(reference, _cancellationToken).Symbol, local)
                        && !Accept(reference))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>
            /// A method, local function or get-only property that returns the value: its return type changes when it returns
            /// nothing else, is not part of an inheritance or interface contract, and the retyping is allowed here.
            /// </summary>
            private bool AcceptReturn(SyntaxNode? function, ExpressionSyntax returned, Level level)
            {
                (TypeSyntax? ReturnType, SyntaxNode? Body, ISymbol? Symbol) declared = function switch
                {
                    MethodDeclarationSyntax method => (method.ReturnType, (SyntaxNode?)method.Body ?? method.ExpressionBody, _model.GetDeclaredSymbol(method, _cancellationToken)),
                    LocalFunctionStatementSyntax local => (local.ReturnType, (SyntaxNode?)local.Body ?? local.ExpressionBody, _model.GetDeclaredSymbol(local, _cancellationToken)),
                    PropertyDeclarationSyntax { AccessorList: null } property => (property.Type, property.ExpressionBody, _model.GetDeclaredSymbol(property, _cancellationToken)),
                    AccessorDeclarationSyntax { Parent: AccessorListSyntax { Accessors.Count: 1, Parent: PropertyDeclarationSyntax property } } getter when getter.IsKind(SyntaxKind.GetAccessorDeclaration)
                        => (property.Type, (SyntaxNode?)getter.Body ?? getter.ExpressionBody, _model.GetDeclaredSymbol(property, _cancellationToken)),
                    _ => (null, null, null),
                };

                var (returnType, body, symbol) = declared;

                if (!_mayRetype || returnType is null || body is null || symbol is null || !IsOwnContract(symbol)
                    || !SymbolEqualityComparer.Default.Equals(_model.GetTypeInfo(returnType, _cancellationToken).Type, _types.From(level)))
                {
                    return false;
                }

                if (Functions.Contains(symbol, SymbolEqualityComparer.Default))
                {
                    return true;
                }

                // Every return gives the converted value (or null): another Deployment would not fit the new type.
                foreach (var other in body.DescendantNodes(n => n == body || !IsFunction(n)).OfType<ReturnStatementSyntax>())
                {
                    if (other.Expression is { } expression && !IsConvertedValue(Innermost(expression), Innermost(returned)))
                    {
                        return false;
                    }
                }

                Functions.Add(symbol);
                Retypes.Add((returnType, RenameType(_model, returnType, _types.From(level), _types.To(level))));
                return true;
            }

            private bool IsConvertedValue(ExpressionSyntax expression, ExpressionSyntax returned)
                => expression == returned || expression == _root
                   || expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression)
                   || (expression is IdentifierNameSyntax && _model.GetSymbolInfo(expression, _cancellationToken).Symbol is ILocalSymbol local && _locals.Contains(local));

            private static bool IsFunction(SyntaxNode node)
                => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax
                    or BasePropertyDeclarationSyntax or GlobalStatementSyntax;

            /// <summary>True when nothing else dictates the member's type: no override, no virtual, no interface it implements.</summary>
            private static bool IsOwnContract(ISymbol symbol)
            {
                if (symbol.IsOverride || symbol.IsVirtual || symbol.IsAbstract || symbol.IsExtern || symbol.ContainingType is not { TypeKind: not TypeKind.Interface } type)
                {
                    return false;
                }

                switch (symbol)
                {
                    case IMethodSymbol method when method.ExplicitInterfaceImplementations.IsEmpty && method.PartialDefinitionPart is null && method.PartialImplementationPart is null:
                    case IPropertySymbol { IsIndexer: false } property when property.ExplicitInterfaceImplementations.IsEmpty:
                        return !type.AllInterfaces.Any(i => i.GetMembers(symbol.Name).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), symbol)));
                    default:
                        return false;
                }
            }
        }
    }
}
