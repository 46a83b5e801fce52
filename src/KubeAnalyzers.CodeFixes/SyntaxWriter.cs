using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace KubeAnalyzers.CodeFixes
{
    /// <summary>
    /// The edits the fixes make, on the member syntax the analyzers report: an initializer member
    /// (<c>HostPort = 8080</c>), a constructor argument (<c>hostPort: 8080</c>) or an assignment statement
    /// (<c>spec.HostNetwork = true;</c>).
    /// </summary>
    internal static class SyntaxWriter
    {
        /// <summary>Removes a member so that the field takes its default; keeps the surrounding formatting.</summary>
        public static void RemoveMember(DocumentEditor editor, SyntaxNode member)
        {
            switch (member)
            {
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } assignment:
                    RemoveInitializerMember(editor, initializer, assignment);
                    break;
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement }:
                    RemoveStatement(editor, statement);
                    break;
                case ArgumentSyntax { Parent: ArgumentListSyntax arguments } argument:
                    RemoveArgument(editor, arguments, argument);
                    break;
            }
        }

        /// <summary>
        /// True when <see cref="RemoveMember"/> can remove the member: an initializer member, an assignment statement, a
        /// constructor argument. Not an assignment that is an expression body (<c>=&gt; spec.HostNetwork = true</c>) or part of
        /// another expression, whose removal would leave no code or change what the expression is.
        /// </summary>
        public static bool CanRemoveMember(SyntaxNode member)
            => member is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax or ExpressionStatementSyntax } or ArgumentSyntax { Parent: ArgumentListSyntax };

        /// <summary>True when <see cref="AddMemberAfter"/> can add a field next to the member: the same cases, with a receiver for a statement.</summary>
        public static bool CanAddMemberAfter(SyntaxNode anchor)
            => anchor is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } or AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax, Left: MemberAccessExpressionSyntax } or ArgumentSyntax { Parent: ArgumentListSyntax };

        /// <summary>Replaces the value of a member (<c>HostPort = 8080</c> → <c>HostPort = 80</c>) or argument, keeping its trivia.</summary>
        public static void ReplaceValue(DocumentEditor editor, SyntaxNode member, string valueText)
        {
            var value = SyntaxFactory.ParseExpression(valueText);
            switch (member)
            {
                case AssignmentExpressionSyntax assignment:
                    editor.ReplaceNode(assignment.Right, value.WithTriviaFrom(assignment.Right));
                    break;
                case ArgumentSyntax argument:
                    editor.ReplaceNode(argument.Expression, value.WithTriviaFrom(argument.Expression));
                    break;
            }
        }

        /// <summary>
        /// Sets another field of the same object right after <paramref name="anchor"/>: a member of the same initializer,
        /// a named constructor argument, or an assignment statement to the same receiver.
        /// </summary>
        public static void AddMemberAfter(DocumentEditor editor, SyntaxNode anchor, string propertyName, string parameterName, string valueText)
        {
            switch (anchor)
            {
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } assignment:
                    var member = SyntaxFactory.ParseExpression($"{propertyName} = {valueText}");
                    editor.ReplaceNode(initializer, (current, _) =>
                    {
                        var currentInitializer = (InitializerExpressionSyntax)current;
                        var expressions = currentInitializer.Expressions;

                        // After the anchor; at the end if another edit of this fix removed the anchor.
                        var index = IndexOfMember(initializer, currentInitializer, assignment);
                        return currentInitializer.WithExpressions(
                            index >= 0 ? InsertAfterKeepingLayout(expressions, index, member)
                            : expressions.Count > 0 ? InsertAfterKeepingLayout(expressions, expressions.Count - 1, member)
                            : SyntaxFactory.SingletonSeparatedList(member));
                    });
                    break;

                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement, Left: MemberAccessExpressionSyntax target }:
                    var added = SyntaxFactory.ParseStatement($"{target.Expression.WithoutTrivia()}.{propertyName} = {valueText};")
                        .WithLeadingTrivia(Indentation(statement.GetLeadingTrivia()))
                        .WithTrailingTrivia(statement.GetTrailingTrivia());
                    switch (statement.Parent)
                    {
                        case BlockSyntax or SwitchSectionSyntax:
                            editor.InsertAfter(statement, added);
                            break;
                        case GlobalStatementSyntax global:
                            editor.InsertAfter(global, SyntaxFactory.GlobalStatement(added));
                            break;
                        default:
                            // The only statement of an if, else or loop: both go in a block, one per line.
                            var endOfLine = statement.GetTrailingTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).DefaultIfEmpty(SyntaxFactory.ElasticCarriageReturnLineFeed).First();
                            var block = SyntaxFactory.Block(statement.WithoutTrivia().WithTrailingTrivia(endOfLine), added.WithoutTrivia().WithTrailingTrivia(endOfLine));
                            editor.ReplaceNode(statement, block.WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
                            break;
                    }

                    break;

                case ArgumentSyntax { Parent: ArgumentListSyntax arguments }:
                    var argument = SyntaxFactory.ParseArgumentList($"({parameterName}: {valueText})").Arguments[0];
                    editor.ReplaceNode(arguments, (current, _) =>
                    {
                        var list = ((ArgumentListSyntax)current).Arguments;
                        return ((ArgumentListSyntax)current).WithArguments(InsertAfterKeepingLayout(list, list.Count - 1, argument));
                    });
                    break;
            }
        }

        /// <summary>
        /// Sets a property of an object written in the code (<c>new V1DeploymentSpec { ... }</c>, <c>new()</c>, a constructor call, a
        /// <c>with</c> expression): replaces the member or argument that sets it, or adds one.
        /// </summary>
        public static void SetMember(DocumentEditor editor, SyntaxNode objectNode, string propertyName, string parameterName, string valueText)
        {
            // A positional constructor argument has the span of the object it passes: edit the object.
            if (objectNode is ArgumentSyntax { Expression: var passed })
            {
                objectNode = passed;
            }

            var initializer = objectNode switch
            {
                BaseObjectCreationExpressionSyntax creation => creation.Initializer,
                WithExpressionSyntax with => with.Initializer,
                _ => null,
            };

            if (initializer?.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == propertyName) is { } member)
            {
                ReplaceValue(editor, member, valueText);
                return;
            }

            var arguments = (objectNode as BaseObjectCreationExpressionSyntax)?.ArgumentList;
            if (arguments is not null && FindArgument(editor.SemanticModel, objectNode, arguments, parameterName) is { } argument)
            {
                ReplaceValue(editor, argument, valueText);
                return;
            }

            if (initializer is { Expressions.Count: > 0 })
            {
                AddMemberAfter(editor, initializer.Expressions[initializer.Expressions.Count - 1], propertyName, parameterName, valueText);
            }
            else if (initializer is not null)
            {
                var added = SyntaxFactory.ParseExpression($"{propertyName} = {valueText}").WithTrailingTrivia(SyntaxFactory.Space);
                editor.ReplaceNode(initializer, initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(added)));
            }
            else if (arguments is { Arguments.Count: > 0 })
            {
                AddMemberAfter(editor, arguments.Arguments[arguments.Arguments.Count - 1], propertyName, parameterName, valueText);
            }
            else if (objectNode is BaseObjectCreationExpressionSyntax creation)
            {
                var newInitializer = (InitializerExpressionSyntax)((ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression($"new C {{ {propertyName} = {valueText} }}")).Initializer!;
                editor.ReplaceNode(creation, creation.WithoutTrailingTrivia().WithInitializer(newInitializer.WithLeadingTrivia(SyntaxFactory.Space)).WithTrailingTrivia(creation.GetTrailingTrivia()));
            }
        }

        /// <summary>
        /// The text that creates an object for a property: <c>new() { ... }</c> where the property's type can be target-typed,
        /// <c>new T { ... }</c> where it is a wrapper such as Pulumi's <c>Input&lt;T&gt;</c>. <paramref name="members"/> gets the
        /// object's type, to write nested objects the same way.
        /// </summary>
        public static string NewObject(SemanticModel model, int position, ITypeSymbol? owner, string propertyName, Func<ITypeSymbol?, string> members)
        {
            var propertyType = owner?.GetMembers(propertyName).OfType<IPropertySymbol>().FirstOrDefault()?.Type;
            if (propertyType is INamedTypeSymbol { Name: "Input", TypeArguments.Length: 1, ContainingNamespace.Name: "Pulumi" } wrapper)
            {
                var valueType = wrapper.TypeArguments[0];
                return $"new {valueType.ToMinimalDisplayString(model, position)} {{ {members(valueType)} }}";
            }

            return $"new() {{ {members(propertyType)} }}";
        }

        private static ArgumentSyntax? FindArgument(SemanticModel model, SyntaxNode creation, ArgumentListSyntax arguments, string parameterName)
        {
            var named = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameterName);
            if (named is not null)
            {
                return named;
            }

            if (model.GetSymbolInfo(creation).Symbol is IMethodSymbol constructor)
            {
                var index = constructor.Parameters.IndexOf(constructor.Parameters.FirstOrDefault(p => p.Name == parameterName)!);
                if (index >= 0 && index < arguments.Arguments.Count && arguments.Arguments.Take(index + 1).All(a => a.NameColon is null))
                {
                    return arguments.Arguments[index];
                }
            }

            return null;
        }

        /// <summary>A C# string literal.</summary>
        public static string StringLiteral(string value) => SyntaxFactory.Literal(value).ToString();

        /// <summary>
        /// Inserts an item after item <paramref name="index"/>, laid out like its neighbours: on a line of its own with
        /// the same indentation in a list written one item per line, after ", " otherwise.
        /// </summary>
        internal static SeparatedSyntaxList<T> InsertAfterKeepingLayout<T>(SeparatedSyntaxList<T> list, int index, T item)
            where T : SyntaxNode
        {
            var nodesAndTokens = list.GetWithSeparators().ToList();
            var position = index * 2;
            var anchor = nodesAndTokens[position];
            var indentation = Indentation(anchor.GetLeadingTrivia());
            if (position + 1 < nodesAndTokens.Count)
            {
                // "anchor, next" or "anchor," (trailing comma): the new item follows the separator, with a separator of its own like it.
                var separator = nodesAndTokens[position + 1];
                var multiLine = separator.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var placed = item.WithLeadingTrivia(multiLine ? indentation : default);
                nodesAndTokens.Insert(position + 2, placed);
                nodesAndTokens.Insert(position + 3, separator);
            }
            else
            {
                // "anchor" last: it gives up what followed it (the newline or space before the closing brace) to the new item.
                var trailing = anchor.GetTrailingTrivia();
                var multiLine = trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
                if (multiLine)
                {
                    separator = separator.WithTrailingTrivia(trailing.Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).Take(1));
                }

                nodesAndTokens[position] = anchor.WithTrailingTrivia(default(SyntaxTriviaList));
                nodesAndTokens.Add(separator);
                nodesAndTokens.Add(item.WithLeadingTrivia(multiLine ? indentation : default).WithTrailingTrivia(trailing));
            }

            return SyntaxFactory.SeparatedList<T>(SyntaxFactory.NodeOrTokenList(nodesAndTokens));
        }

        /// <summary>
        /// Removes an assignment statement. The only statement of an if, else or loop (written without braces) cannot go
        /// without its owner: it becomes an empty block. A top-level statement goes with its global statement.
        /// </summary>
        private static void RemoveStatement(DocumentEditor editor, ExpressionStatementSyntax statement)
        {
            switch (statement.Parent)
            {
                case BlockSyntax or SwitchSectionSyntax:
                    editor.RemoveNode(statement);
                    break;
                case GlobalStatementSyntax global:
                    editor.RemoveNode(global, SyntaxRemoveOptions.KeepNoTrivia);
                    break;
                default:
                    editor.ReplaceNode(statement, SyntaxFactory.Block().WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
                    break;
            }
        }

        private static void RemoveInitializerMember(DocumentEditor editor, InitializerExpressionSyntax initializer, ExpressionSyntax member)
        {
            editor.ReplaceNode(initializer, (current, _) =>
            {
                var currentInitializer = (InitializerExpressionSyntax)current;
                var index = IndexOfMember(initializer, currentInitializer, member);
                return index < 0 ? currentInitializer : currentInitializer.WithExpressions(RemoveKeepingLayout(currentInitializer.Expressions, index));
            });
        }

        /// <summary>
        /// Where a member of <paramref name="original"/> is in <paramref name="current"/>, the same initializer after the
        /// edits already made to it: Fix All removes several members of one initializer (<c>HostNetwork</c> and
        /// <c>HostPID</c>), so the original index may point at another member. An object initializer sets each
        /// property once, so a member is found by the property it sets; -1 when it is gone.
        /// </summary>
        private static int IndexOfMember(InitializerExpressionSyntax original, InitializerExpressionSyntax current, ExpressionSyntax member)
        {
            if (member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax property })
            {
                for (var i = 0; i < current.Expressions.Count; i++)
                {
                    if (current.Expressions[i] is AssignmentExpressionSyntax { Left: IdentifierNameSyntax candidate } && candidate.Identifier.ValueText == property.Identifier.ValueText)
                    {
                        return i;
                    }
                }

                return -1;
            }

            var index = original.Expressions.IndexOf(member);
            return index < current.Expressions.Count ? index : -1;
        }

        /// <summary>
        /// Removes a constructor argument. Positional arguments after it would shift onto the wrong
        /// parameters, so they are named (<c>new V1ContainerPort(80, null, 8080, "http")</c> loses its hostPort
        /// as <c>new V1ContainerPort(80, null, name: "http")</c>).
        /// </summary>
        private static void RemoveArgument(DocumentEditor editor, ArgumentListSyntax arguments, ArgumentSyntax argument)
        {
            var method = editor.SemanticModel.GetSymbolInfo(arguments.Parent!).Symbol as IMethodSymbol;
            var originalIndex = arguments.Arguments.IndexOf(argument);
            var parameter = ParameterName(arguments.Arguments, originalIndex, method);
            editor.ReplaceNode(arguments, (current, _) =>
            {
                // Fix All may already have removed another argument of this call, and named the positional ones after it.
                var list = ((ArgumentListSyntax)current).Arguments;
                var index = IndexOfArgument(list, parameter, method, originalIndex);
                if (index < 0)
                {
                    return current;
                }

                if (list[index].NameColon is null && method is not null)
                {
                    for (var i = index + 1; i < list.Count && list[i].NameColon is null && i < method.Parameters.Length; i++)
                    {
                        list = list.Replace(list[i], Named(list[i], method.Parameters[i].Name));
                    }
                }

                return ((ArgumentListSyntax)current).WithArguments(RemoveKeepingLayout(list, index));
            });
        }

        /// <summary>The name of the parameter argument <paramref name="index"/> binds to: its own name, or the parameter at its position.</summary>
        private static string? ParameterName(SeparatedSyntaxList<ArgumentSyntax> arguments, int index, IMethodSymbol? method)
        {
            if (index < 0 || index >= arguments.Count)
            {
                return null;
            }

            return arguments[index].NameColon?.Name.Identifier.ValueText
                ?? (method is not null && index < method.Parameters.Length ? method.Parameters[index].Name : null);
        }

        /// <summary>Where the argument for <paramref name="parameter"/> is in the current argument list; -1 when it is gone.</summary>
        private static int IndexOfArgument(SeparatedSyntaxList<ArgumentSyntax> current, string? parameter, IMethodSymbol? method, int originalIndex)
        {
            if (parameter is null)
            {
                return originalIndex < current.Count ? originalIndex : -1;
            }

            for (var i = 0; i < current.Count; i++)
            {
                if (ParameterName(current, i, method) == parameter)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The whitespace after the last line break of a leading trivia list: the indentation, without comments.</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var start = 0;
            for (var i = 0; i < leading.Count; i++)
            {
                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    start = i + 1;
                }
            }

            return SyntaxFactory.TriviaList(leading.Skip(start).Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        }

        /// <summary><c>8080</c> → <c>hostPort: 8080</c>, keeping the argument's place in the layout.</summary>
        internal static ArgumentSyntax Named(ArgumentSyntax argument, string parameterName)
        {
            var nameColon = SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName))
                .WithLeadingTrivia(argument.GetLeadingTrivia())
                .WithTrailingTrivia(SyntaxFactory.Space);
            return argument.WithoutLeadingTrivia().WithNameColon(nameColon);
        }

        /// <summary>
        /// Removes item <paramref name="index"/> with one separator: the one after it, or before it when it is the
        /// last. The removed item's line goes with it in a list written one item per line.
        /// </summary>
        internal static SeparatedSyntaxList<T> RemoveKeepingLayout<T>(SeparatedSyntaxList<T> list, int index)
            where T : SyntaxNode
        {
            var nodesAndTokens = list.GetWithSeparators().ToList();
            var position = index * 2;
            var item = nodesAndTokens[position];
            if (position + 2 < nodesAndTokens.Count)
            {
                // "item, next": next takes the item's indentation; comments above the item go with it.
                var next = nodesAndTokens[position + 2];
                nodesAndTokens[position + 2] = next.WithLeadingTrivia(Indentation(item.GetLeadingTrivia()));
                nodesAndTokens.RemoveRange(position, 2);
            }
            else if (position + 1 < nodesAndTokens.Count)
            {
                // "prev, item," (a trailing comma): the item and its comma go; prev keeps its own.
                nodesAndTokens.RemoveRange(position, 2);
            }
            else if (position > 0)
            {
                // "prev, item": prev keeps what followed the item (a space or a newline before the closing brace).
                var previous = nodesAndTokens[position - 2];
                nodesAndTokens[position - 2] = previous.WithTrailingTrivia(previous.GetTrailingTrivia().AddRange(item.GetTrailingTrivia()));
                nodesAndTokens.RemoveRange(position - 1, 2);
            }
            else
            {
                nodesAndTokens.RemoveAt(position);
            }

            return SyntaxFactory.SeparatedList<T>(SyntaxFactory.NodeOrTokenList(nodesAndTokens));
        }
    }
}
