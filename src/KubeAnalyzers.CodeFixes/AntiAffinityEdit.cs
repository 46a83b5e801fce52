using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>
    /// K8S3003's "replace hostPort with pod anti-affinity": replicas kept apart by a hostPort are kept apart without one by
    /// required pod anti-affinity on <c>kubernetes.io/hostname</c> against the template's own labels. Removes the hostPort (and
    /// its hostIP) members and adds the affinity to the pod spec, or into the affinity it already has (KubernetesClient, both
    /// shapes, and Pulumi.Kubernetes's args).
    /// </summary>
    internal sealed class AntiAffinityEdit
    {
        /// <summary>The node label that makes "one pod per node" the anti-affinity's domain.</summary>
        public const string HostnameTopology = "kubernetes.io/hostname";

        private const string RequiredTerms = "RequiredDuringSchedulingIgnoredDuringExecution";

        /// <summary>The documents of a Fix All that already got their <c>using System.Collections.Generic;</c>.</summary>
        private static readonly ConditionalWeakTable<DocumentEditor, object> UsingAdded = new();

        private readonly SemanticModel _model;
        private readonly ImmutableArray<KeyValuePair<string, string>> _labels;
        private readonly List<SyntaxNode> _removals;
        private readonly SyntaxNode _target;
        private readonly Part _part;
        private readonly AffinityTypes _types;

        private AntiAffinityEdit(SemanticModel model, ImmutableArray<KeyValuePair<string, string>> labels, List<SyntaxNode> removals, SyntaxNode target, Part part, AffinityTypes types)
        {
            _model = model;
            _labels = labels;
            _removals = removals;
            _target = target;
            _part = part;
            _types = types;
        }

        /// <summary>
        /// The edits for a K8S3003 diagnostic, from its labels and its additional locations' nodes (pod spec, members to remove);
        /// null when the code does not allow them.
        /// </summary>
        public static AntiAffinityEdit? Create(SemanticModel model, Diagnostic diagnostic, IReadOnlyList<SyntaxNode?> locations, CancellationToken cancellationToken)
        {
            diagnostic.Properties.TryGetValue(AntiAffinityTargets.LabelsProperty, out var text);
            var labels = LabelList.Parse(text);
            if (labels.IsEmpty || locations.Count < 2
                || locations[0] is not { } podSpecNode
                || (podSpecNode is ArgumentSyntax { Expression: var argument } ? argument : podSpecNode) is not BaseObjectCreationExpressionSyntax podSpec
                || AffinityTypes.Of(model.GetTypeInfo(podSpec, cancellationToken).Type) is not { } types)
            {
                return null;
            }

            var removals = new List<SyntaxNode>();
            for (var i = 1; i < locations.Count; i++)
            {
                if (locations[i] is not ({ } member and (AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax or ExpressionStatementSyntax } or ArgumentSyntax { Parent: ArgumentListSyntax })))
                {
                    return null;
                }

                removals.Add(member);
            }

            // Into the affinity the pod spec already has, as deep as it is written: affinity, podAntiAffinity, its required terms.
            var affinity = MemberValue(model, podSpec, "Affinity", cancellationToken);
            if (IsAbsent(affinity))
            {
                return new AntiAffinityEdit(model, labels, removals, podSpec, Part.Affinity, types);
            }

            if (affinity is not BaseObjectCreationExpressionSyntax affinityCreation || !IsModel(model, affinityCreation, types.Affinity, cancellationToken))
            {
                return null;
            }

            var antiAffinity = MemberValue(model, affinityCreation, "PodAntiAffinity", cancellationToken);
            if (IsAbsent(antiAffinity))
            {
                return new AntiAffinityEdit(model, labels, removals, affinityCreation, Part.PodAntiAffinity, types);
            }

            if (antiAffinity is not BaseObjectCreationExpressionSyntax antiAffinityCreation || !IsModel(model, antiAffinityCreation, types.PodAntiAffinity, cancellationToken))
            {
                return null;
            }

            return MemberValue(model, antiAffinityCreation, RequiredTerms, cancellationToken) switch
            {
                var terms when IsAbsent(terms) => new AntiAffinityEdit(model, labels, removals, antiAffinityCreation, Part.Terms, types),
                CollectionExpressionSyntax list => new AntiAffinityEdit(model, labels, removals, list, Part.Term, types),
                // new List<V1PodAffinityTerm> { ... }; an empty { } parses as an object initializer.
                ObjectCreationExpressionSyntax { Initializer: { } initializer }
                    when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.Expressions.Count == 0
                    => new AntiAffinityEdit(model, labels, removals, initializer, Part.Term, types),
                // Pulumi's InputList written as a collection initializer: RequiredDuringSchedulingIgnoredDuringExecution = { ... }.
                InitializerExpressionSyntax initializer when types.IsPulumi
                    && (initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.Expressions.Count == 0)
                    => new AntiAffinityEdit(model, labels, removals, initializer, Part.Term, types),
                _ => null,
            };
        }

        public void Apply(DocumentEditor editor)
        {
            // The removals first: the member added after them sees them in the pod spec it rewrites.
            foreach (var member in _removals)
            {
                SyntaxWriter.RemoveMember(editor, member);
            }

            var writer = new AffinityWriter(_model, _target.SpanStart, _labels, _types);
            switch (_part)
            {
                case Part.Affinity:
                    SyntaxWriter.SetMember(editor, _target, "Affinity", "affinity", writer.Affinity());
                    break;
                case Part.PodAntiAffinity:
                    SyntaxWriter.SetMember(editor, _target, "PodAntiAffinity", "podAntiAffinity", writer.PodAntiAffinity());
                    break;
                case Part.Terms:
                    SyntaxWriter.SetMember(editor, _target, RequiredTerms, "requiredDuringSchedulingIgnoredDuringExecution", writer.Terms());
                    break;
                case Part.Term:
                    AddTerm(editor, _target, SyntaxFactory.ParseExpression(writer.Term()));
                    break;
            }

            if (writer.NeedsUsing && !UsingAdded.TryGetValue(editor, out _))
            {
                UsingAdded.Add(editor, new object());
                AddUsing(editor, AffinityWriter.CollectionsNamespace);
            }
        }

        private static void AddTerm(DocumentEditor editor, SyntaxNode list, ExpressionSyntax term)
        {
            switch (list)
            {
                case CollectionExpressionSyntax:
                    editor.ReplaceNode(list, (current, _) =>
                    {
                        if (current is not CollectionExpressionSyntax collection)
                        {
                            return current;
                        }

                        CollectionElementSyntax element = SyntaxFactory.ExpressionElement(term);
                        return collection.Elements.Count == 0
                            ? collection.WithElements(SyntaxFactory.SingletonSeparatedList(element))
                            : collection.WithElements(SyntaxWriter.InsertAfterKeepingLayout(collection.Elements, collection.Elements.Count - 1, element));
                    });
                    break;
                case InitializerExpressionSyntax:
                    editor.ReplaceNode(list, (current, _) =>
                    {
                        if (current is not InitializerExpressionSyntax initializer)
                        {
                            return current;
                        }

                        return initializer.Expressions.Count == 0
                            ? SyntaxFactory.InitializerExpression(
                                SyntaxKind.CollectionInitializerExpression,
                                initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space),
                                SyntaxFactory.SingletonSeparatedList(term),
                                initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space))
                            : initializer.WithExpressions(SyntaxWriter.InsertAfterKeepingLayout(initializer.Expressions, initializer.Expressions.Count - 1, term));
                    });
                    break;
            }
        }

        /// <summary><c>using System.Collections.Generic;</c> among the file's usings, System ones first, in order.</summary>
        private static void AddUsing(DocumentEditor editor, string namespaceName)
        {
            if (editor.OriginalRoot is not CompilationUnitSyntax { Usings.Count: > 0 } unit)
            {
                return;
            }

            var usings = unit.Usings;
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(usings[0].GetTrailingTrivia());
            var before = usings.FirstOrDefault(u => SortsAfter(u, namespaceName));
            if (before is null)
            {
                editor.InsertAfter(usings[usings.Count - 1], directive);
                return;
            }

            // The editor moves what is above that using (a file header, blank lines) above the new one.
            editor.InsertBefore(before, directive);
        }

        private static bool SortsAfter(UsingDirectiveSyntax existing, string namespaceName)
        {
            // Global usings come first in a file, whatever their names.
            if (!existing.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                return false;
            }

            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is not { } name)
            {
                return true;
            }

            var text = name.ToString();
            var isSystem = text == "System" || text.StartsWith("System.", System.StringComparison.Ordinal);
            return !isSystem || string.CompareOrdinal(text, namespaceName) > 0;
        }

        private static bool IsAbsent(ExpressionSyntax? value) => value is null || value.IsKind(SyntaxKind.NullLiteralExpression);

        private static bool IsModel(SemanticModel model, ExpressionSyntax creation, string metadataName, CancellationToken cancellationToken)
            => model.GetTypeInfo(creation, cancellationToken).Type is { } type
               && SymbolEqualityComparer.Default.Equals(type, model.Compilation.GetTypeByMetadataName(metadataName));

        /// <summary>The metadata names of the affinity types of the library a pod spec comes from.</summary>
        private sealed class AffinityTypes
        {
            private const string PulumiCore = "Pulumi.Kubernetes.Types.Inputs.Core.V1.";

            private static readonly AffinityTypes Client = new("k8s.Models.V1PodSpec", "k8s.Models.V1Affinity", "k8s.Models.V1PodAntiAffinity", "k8s.Models.V1PodAffinityTerm", "k8s.Models.V1LabelSelector", isPulumi: false);

            private static readonly AffinityTypes Pulumi = new(
                PulumiCore + "PodSpecArgs", PulumiCore + "AffinityArgs", PulumiCore + "PodAntiAffinityArgs", PulumiCore + "PodAffinityTermArgs", "Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs", isPulumi: true);

            private AffinityTypes(string podSpec, string affinity, string podAntiAffinity, string term, string labelSelector, bool isPulumi)
            {
                PodSpec = podSpec;
                Affinity = affinity;
                PodAntiAffinity = podAntiAffinity;
                Term = term;
                LabelSelector = labelSelector;
                IsPulumi = isPulumi;
            }

            public string PodSpec { get; }

            public string Affinity { get; }

            public string PodAntiAffinity { get; }

            public string Term { get; }

            public string LabelSelector { get; }

            /// <summary>
            /// Pulumi's args: <c>Input&lt;T&gt;</c> members that a target-typed <c>new()</c> cannot create, <c>InputList</c> and
            /// <c>InputMap</c> members written with collection initializers.
            /// </summary>
            public bool IsPulumi { get; }

            /// <summary>The types of the library whose pod spec is <paramref name="podSpec"/>, or null.</summary>
            public static AffinityTypes? Of(ITypeSymbol? podSpec)
                => podSpec is null ? null
                    : IsNamed(podSpec, Client.PodSpec) ? Client
                    : IsNamed(podSpec, Pulumi.PodSpec) ? Pulumi
                    : null;

            private static bool IsNamed(ITypeSymbol type, string metadataName)
                => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + metadataName;
        }

        /// <summary>The value an object creation gives a property, in its initializer or (v17) constructor call; the innermost expression.</summary>
        private static ExpressionSyntax? MemberValue(SemanticModel model, BaseObjectCreationExpressionSyntax creation, string property, CancellationToken cancellationToken)
        {
            ExpressionSyntax? value = null;
            if (creation.ArgumentList is { Arguments.Count: > 0 } && model.GetOperation(creation, cancellationToken) is IObjectCreationOperation operation)
            {
                var parameter = char.ToLowerInvariant(property[0]) + property.Substring(1);
                foreach (var argument in operation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == parameter && argument.Syntax is ArgumentSyntax written)
                    {
                        value = written.Expression;
                    }
                }
            }

            foreach (var member in creation.Initializer?.Expressions ?? default)
            {
                if (member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment && name.Identifier.ValueText == property)
                {
                    value = assignment.Right;
                }
            }

            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            return value;
        }

        /// <summary>Which part of the affinity the fix writes: all of it, the podAntiAffinity, the list of terms, or one more term.</summary>
        private enum Part
        {
            Affinity,
            PodAntiAffinity,
            Terms,
            Term,
        }

        /// <summary>
        /// The text of the affinity, in the language version of the file: target-typed <c>new()</c> from C# 9, collection expressions
        /// from C# 12; <c>Dictionary</c> (and <c>List</c>) by their short name when the file imports their namespace or can.
        /// </summary>
        private sealed class AffinityWriter
        {
            public const string CollectionsNamespace = "System.Collections.Generic";

            private readonly SemanticModel _model;
            private readonly int _position;
            private readonly ImmutableArray<KeyValuePair<string, string>> _labels;
            private readonly bool _targetTyped;
            private readonly bool _collectionExpressions;
            private readonly string _collections;
            private readonly AffinityTypes _types;

            public AffinityWriter(SemanticModel model, int position, ImmutableArray<KeyValuePair<string, string>> labels, AffinityTypes types)
            {
                _model = model;
                _position = position;
                _labels = labels;
                _types = types;
                var version = model.SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Latest;
                _targetTyped = version >= LanguageVersion.CSharp9 && !types.IsPulumi;
                _collectionExpressions = version >= LanguageVersion.CSharp12;
                if (types.IsPulumi)
                {
                    // Collection initializers of InputList and InputMap: no Dictionary, no List, no using.
                    _collections = string.Empty;
                    return;
                }

                var dictionary = model.Compilation.GetTypeByMetadataName(CollectionsNamespace + ".Dictionary`2");
                var imported = model.LookupNamespacesAndTypes(position, name: "Dictionary").Any(s => SymbolEqualityComparer.Default.Equals(s.OriginalDefinition, dictionary));
                NeedsUsing = !imported && model.SyntaxTree.GetRoot() is CompilationUnitSyntax { Usings.Count: > 0 };
                _collections = imported || NeedsUsing ? string.Empty : CollectionsNamespace + ".";
            }

            /// <summary>True when the text uses <c>Dictionary</c> by its short name, which the file does not import yet.</summary>
            public bool NeedsUsing { get; }

            public string Affinity() => $"{New(_types.Affinity)} {{ PodAntiAffinity = {PodAntiAffinity()} }}";

            public string PodAntiAffinity()
                => _types.IsPulumi
                    ? $"{New(_types.PodAntiAffinity)} {{ {RequiredTerms} = {{ {Term()} }} }}"
                    : $"{New(_types.PodAntiAffinity)} {{ {RequiredTerms} = {Terms()} }}";

            /// <summary>The list of terms as the value of a member; Pulumi's InputList takes its one term by an implicit conversion.</summary>
            public string Terms()
                => _types.IsPulumi ? Term()
                    : _collectionExpressions ? $"[{Term()}]" : $"new {_collections}List<{TypeName(_types.Term)}> {{ {Term()} }}";

            public string Term()
            {
                if (_types.IsPulumi)
                {
                    var pulumiLabels = string.Join(", ", _labels.Select(l => $"{{ {SyntaxWriter.StringLiteral(l.Key)}, {SyntaxWriter.StringLiteral(l.Value)} }}"));
                    return $"{New(_types.Term)} {{ TopologyKey = {SyntaxWriter.StringLiteral(HostnameTopology)}, LabelSelector = {New(_types.LabelSelector)} {{ MatchLabels = {{ {pulumiLabels} }} }} }}";
                }

                var matchLabels = string.Join(", ", _labels.Select(l => $"[{SyntaxWriter.StringLiteral(l.Key)}] = {SyntaxWriter.StringLiteral(l.Value)}"));
                return $"{New(_types.Term)} {{ TopologyKey = {SyntaxWriter.StringLiteral(HostnameTopology)}, LabelSelector = {New(_types.LabelSelector)} {{ MatchLabels = new {_collections}Dictionary<string, string> {{ {matchLabels} }} }} }}";
            }

            private string New(string metadataName) => _targetTyped ? "new()" : "new " + TypeName(metadataName);

            private string TypeName(string metadataName)
                => _model.Compilation.GetTypeByMetadataName(metadataName)?.ToMinimalDisplayString(_model, _position) ?? metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        }
    }
}
