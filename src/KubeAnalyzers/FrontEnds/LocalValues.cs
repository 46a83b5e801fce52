using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// The locals of one operation block that are written exactly once, with the value written: only those
    /// carry a value the analyzer may rely on (<c>var port = 8080; ... HostPort = port</c>).
    /// Filled by one walk of the block (<see cref="Visit"/> for each of its operations).
    /// </summary>
    internal sealed class LocalValues
    {
        private readonly Dictionary<ILocalSymbol, (IOperation? Value, int Writes)> _locals = new(SymbolEqualityComparer.Default);

        public LocalValues()
        {
        }

        /// <summary>The locals of whole operation blocks.</summary>
        public LocalValues(ImmutableArray<IOperation> blocks)
        {
            foreach (var block in blocks)
            {
                var operations = OperationTree.Rent();
                OperationTree.AddDescendantsAndSelf(block, operations);
                foreach (var operation in operations)
                {
                    Visit(operation);
                }

                OperationTree.Return(operations);
            }
        }

        /// <summary>Records what one operation of the block writes to a local, if anything.</summary>
        public void Visit(IOperation operation)
        {
            // The kind first: a block's operations are mostly neither, and asking for an interface costs more than a kind.
            if (operation.Kind is not (OperationKind.VariableDeclarator or OperationKind.LocalReference))
            {
                return;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Record(declarator.Symbol, declarator.Symbol.IsRef ? null : initializer.Value);
                    break;
                case ILocalReferenceOperation reference when reference.IsDeclaration:
                    Record(reference.Local, null);
                    break;
                case ILocalReferenceOperation reference when IsWrite(reference, out var value):
                    Record(reference.Local, value);
                    break;
            }
        }

        /// <summary>The single value a local is given, when it is given exactly one.</summary>
        public IOperation? GetSingleValue(ILocalSymbol local)
            => _locals.TryGetValue(local, out var entry) && entry.Writes == 1 ? entry.Value : null;

        private void Record(ILocalSymbol local, IOperation? value)
        {
            _locals.TryGetValue(local, out var entry);
            _locals[local] = (entry.Writes == 0 ? value : null, entry.Writes + 1);
        }

        /// <summary>True when the reference writes the local; <paramref name="value"/> is the value when it is a plain assignment.</summary>
        private static bool IsWrite(ILocalReferenceOperation reference, out IOperation? value)
        {
            value = null;
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation simple when simple.Target == reference:
                    value = simple.IsRef ? null : simple.Value;
                    return true;
                case IAssignmentOperation assignment when assignment.Target == reference:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                case ITupleOperation:
                case IDeconstructionAssignmentOperation:
                    // A tuple holding the local is written when it is a deconstruction target; reading a tuple
                    // of locals is rare enough to be treated the same, which only makes the analyzer quieter.
                    return true;
                default:
                    return false;
            }
        }
    }
}
