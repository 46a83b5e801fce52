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
    /// Finds the operation blocks (a method, a field initializer, top-level statements) that build Kubernetes objects and
    /// analyzes each once: builds its workloads and runs the rules. The compiler calls <see cref="OnOperation"/> for every
    /// object creation, <c>with</c> expression and assignment of the compilation; one that builds a model object marks its
    /// block, and <see cref="OnBlock"/>, called after the block's operations, reads a marked block whole, by one walk of its
    /// operation tree. Blocks without Kubernetes code cost that check and one look-up, with no per-block registration.
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

        /// <summary>Marks the block of a creation or assignment of a model type as one to read.</summary>
        public void OnOperation(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            if (FrontEnds.IsEmpty || !BuildsModel(operation))
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
                if (_marked.ContainsKey(root.Syntax) && _marked.TryRemove(root.Syntax, out _) && _generated?.Contains(root) != true)
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
            foreach (var operation in root.DescendantsAndSelf())
            {
                locals.Visit(operation);
                if (IsCreation(operation))
                {
                    creations.Add(operation);
                }
                else if (IsAssignment(operation))
                {
                    assignments.Add((ISimpleAssignmentOperation)operation);
                }
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
        /// True for an operation that builds a model object: a creation (<see cref="IsCreation"/>) or an assignment through a
        /// receiver (<see cref="IsAssignment"/>). Its block is one the analyzer reads.
        /// </summary>
        internal bool BuildsModel(IOperation operation) => IsCreation(operation) || IsAssignment(operation);

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
            => operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } property }
               && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
               && FrontEnds.TryGetKind(property.Property.ContainingType, out _, out _);

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
