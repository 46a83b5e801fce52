using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using KubeAnalyzers.FrontEnds;
using KubeAnalyzers.Model;
using KubeAnalyzers.Options;
using KubeAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KubeAnalyzers
{
    /// <summary>
    /// Finds the operation blocks (a method, a field initializer, top-level statements) that build Kubernetes workloads and
    /// analyzes each once: builds its workloads and runs the rules. The compiler calls <see cref="OnOperation"/> for every
    /// object creation, <c>with</c> expression and assignment of the compilation; one that builds an object of a kind that can
    /// be a workload marks its block (<see cref="MarksBlock"/>), and <see cref="OnBlock"/>, called after the block's operations,
    /// reads a marked block whole, by one walk of its operation tree. Blocks without Kubernetes code, and those that build
    /// only metadata (a Service's, a ConfigMap's), cost that check and one look-up, with no per-block registration.
    /// </summary>
    internal sealed class BlockAnalysis
    {
        private readonly Lazy<FrontEndSet> _frontEnds;
        private readonly OptionsCache _options;
        private readonly HostPortConflictRule _conflicts;
        private readonly GeneratedCode? _generated;

        /// <summary>The blocks that build model objects and are still to be read, by the syntax of their root operation.</summary>
        private readonly ConcurrentDictionary<SyntaxNode, bool> _marked = new();

        public BlockAnalysis(Lazy<FrontEndSet> frontEnds, OptionsCache options, HostPortConflictRule conflicts, GeneratedCode? generated)
        {
            _generated = generated;
            _frontEnds = frontEnds;
            _options = options;
            _conflicts = conflicts;
        }

        /// <summary>Marks the block of a creation or assignment that can make a workload as one to read (<see cref="MarksBlock"/>).</summary>
        public void OnOperation(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            if (FrontEnds.IsEmpty || !MarksBlock(operation))
            {
                return;
            }

            // Most operations of a marked block find it marked: a lock-free look-up before the locking add.
            var block = Root(operation).Syntax;
            if (!_marked.ContainsKey(block))
            {
                _marked.TryAdd(block, true);
            }
        }

        /// <summary>
        /// Reads a marked block whole, once its operations have been seen. Diagnostics are reported from here, the block's own
        /// callback, so that an editor analyzing one document gets them all: the compiler keeps only those within the span of
        /// the callback that reports them as the document's own.
        /// </summary>
        public void OnBlock(OperationBlockAnalysisContext context)
        {
            // Called for every block of the compilation: a lock-free look-up first (IsEmpty and TryRemove take locks).
            foreach (var block in context.OperationBlocks)
            {
                var root = Root(block);
                if (_marked.ContainsKey(root.Syntax) && _marked.TryRemove(root.Syntax, out _) && _generated?.Contains(root, context.OwningSymbol) != true)
                {
                    Analyze(root, context.ReportDiagnostic, context.CancellationToken);
                }
            }
        }

        private FrontEndSet FrontEnds => _frontEnds.Value;

        /// <summary>Builds the workloads of one operation tree and runs every rule on them.</summary>
        internal void Analyze(IOperation root, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var locals = new LocalValues();
            var creations = new List<IOperation>();
            var assignments = new List<ISimpleAssignmentOperation>();
            var operations = OperationTree.Rent();
            try
            {
                OperationTree.AddDescendantsAndSelf(root, operations);
                foreach (var operation in operations)
                {
                    switch (operation.Kind)
                    {
                        case OperationKind.VariableDeclarator or OperationKind.LocalReference:
                            locals.Visit(operation);
                            break;
                        case OperationKind.ObjectCreation or OperationKind.With when IsCreation(operation):
                            creations.Add(operation);
                            break;
                        case OperationKind.SimpleAssignment when IsAssignment(operation):
                            assignments.Add((ISimpleAssignmentOperation)operation);
                            break;
                    }
                }
            }
            finally
            {
                OperationTree.Return(operations);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var graph = new GraphBuilder(FrontEnds, () => locals, creations.Count);
            creations.Sort(BySourcePosition);
            foreach (var creation in creations)
            {
                graph.GetNode(creation);
            }

            assignments.Sort(BySourcePosition);
            foreach (var assignment in assignments)
            {
                graph.ApplyAssignment(assignment);
            }

            var reported = new HashSet<(string Id, TextSpan Span)>();
            var ruleContext = new RuleContext(_options.Get(root.Syntax.SyntaxTree), diagnostic =>
            {
                // A spec shared by two workloads, or kept by a `with` copy, is reported once.
                if (reported.Add((diagnostic.Id, diagnostic.Location.SourceSpan)))
                {
                    report(diagnostic);
                }
            });

            foreach (var node in graph.Roots)
            {
                if (WorkloadBuilder.Build(node) is { } workload)
                {
                    WorkloadRules.Analyze(workload, ruleContext);
                    _conflicts.Add(workload);
                }
            }
        }

        /// <summary>
        /// True for an operation that makes its block one to read: a creation, <c>with</c> copy or assignment through a receiver
        /// of a model object of a kind that can be a workload, or a library resource creation. A block that builds only other
        /// model objects (metadata for a Service, a strategy on its own) yields no workload, so no rule has anything to read in it.
        /// </summary>
        internal bool MarksBlock(IOperation operation)
            => operation.Kind switch
            {
                OperationKind.ObjectCreation or OperationKind.With => FrontEnds.CreatesWorkloadKind(operation),
                OperationKind.SimpleAssignment => IsAssignmentThroughReceiver(operation, out var property) && FrontEnds.IsWorkloadKind(property.Property.ContainingType),
                _ => false,
            };

        /// <summary>A creation of a model object or of a library resource, or a <c>with</c> copy of a model object.</summary>
        private bool IsCreation(IOperation operation)
            => operation.Kind switch
            {
                OperationKind.ObjectCreation => FrontEnds.TryGetKind(operation.Type, out _, out _) || FrontEnds.TryGetResource(operation, out _),
                OperationKind.With => FrontEnds.TryGetKind(operation.Type, out _, out _),
                _ => false,
            };

        /// <summary>
        /// An assignment to a model property through a receiver (<c>spec.HostNetwork = true</c>); initializer members are
        /// read with their object.
        /// </summary>
        private bool IsAssignment(IOperation operation)
            => IsAssignmentThroughReceiver(operation, out var property) && FrontEnds.TryGetKind(property.Property.ContainingType, out _, out _);

        private static bool IsAssignmentThroughReceiver(IOperation operation, out IPropertyReferenceOperation property)
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } target }
                && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                property = target;
                return true;
            }

            property = null!;
            return false;
        }

        /// <summary>The top of the operation tree that holds <paramref name="operation"/>: the block's root.</summary>
        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        private static int BySourcePosition(IOperation left, IOperation right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart);
    }
}
