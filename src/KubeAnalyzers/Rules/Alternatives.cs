using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeAnalyzers.Rules
{
    /// <summary>
    /// Whether two expressions are alternatives the program chooses between, so that at most one of them runs: the two
    /// branches of one conditional expression or if statement, or two arms of one switch expression or sections of one
    /// switch statement (<c>stage switch { Dev => new V1Deployment { ... }, Prod => new V1Deployment { ... } }</c>).
    /// The C# language's choices, whatever library the objects come from.
    /// </summary>
    internal static class Alternatives
    {
        public static bool AreExclusive(SyntaxNode first, SyntaxNode second)
        {
            if (first.SyntaxTree != second.SyntaxTree)
            {
                return false;
            }

            var firstAncestors = new HashSet<SyntaxNode>(first.AncestorsAndSelf());
            SyntaxNode? secondBranch = null;
            foreach (var node in second.AncestorsAndSelf())
            {
                if (firstAncestors.Contains(node))
                {
                    return secondBranch is not null && BranchUnder(node, first) is { } firstBranch && AreDifferentBranches(node, firstBranch, secondBranch);
                }

                secondBranch = node;
            }

            return false;
        }

        /// <summary>The child of <paramref name="ancestor"/> that holds <paramref name="node"/>, or null when they are the same.</summary>
        private static SyntaxNode? BranchUnder(SyntaxNode ancestor, SyntaxNode node)
        {
            SyntaxNode? branch = null;
            for (var current = node; current is not null && current != ancestor; current = current.Parent)
            {
                branch = current;
            }

            return branch;
        }

        private static bool AreDifferentBranches(SyntaxNode choice, SyntaxNode first, SyntaxNode second) => choice switch
        {
            ConditionalExpressionSyntax conditional => IsPair(first, second, conditional.WhenTrue, conditional.WhenFalse),
            IfStatementSyntax ifStatement => ifStatement.Else is { } elseClause && IsPair(first, second, ifStatement.Statement, elseClause),
            SwitchExpressionSyntax => first is SwitchExpressionArmSyntax && second is SwitchExpressionArmSyntax,
            SwitchStatementSyntax => first is SwitchSectionSyntax && second is SwitchSectionSyntax,
            _ => false,
        };

        private static bool IsPair(SyntaxNode first, SyntaxNode second, SyntaxNode one, SyntaxNode other)
            => (first == one && second == other) || (first == other && second == one);
    }
}
