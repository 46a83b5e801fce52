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
    /// One operation block (a method, a field initializer, top-level statements): collects the operations
    /// that build Kubernetes objects, then, at the block's end, builds the workloads and runs the rules.
    /// </summary>
    internal sealed class BlockAnalysis
    {
        private readonly FrontEndSet _frontEnds;
        private readonly OptionsCache _options;
        private readonly HostPortConflictRule _conflicts;
        private readonly object _gate = new();
        private List<IOperation>? _creations;
        private List<ISimpleAssignmentOperation>? _assignments;

        public BlockAnalysis(FrontEndSet frontEnds, OptionsCache options, HostPortConflictRule conflicts)
        {
            _frontEnds = frontEnds;
            _options = options;
            _conflicts = conflicts;
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            if (_frontEnds.TryGetKind(context.Operation.Type, out _, out _) || _frontEnds.TryGetResource(context.Operation, out _))
            {
                lock (_gate)
                {
                    (_creations ??= new List<IOperation>()).Add(context.Operation);
                }
            }
        }

        public void OnWith(OperationAnalysisContext context) => OnObjectCreation(context);

        public void OnAssignment(OperationAnalysisContext context)
        {
            // Only assignments through a receiver (spec.HostNetwork = true); initializer members are read with their object.
            if (context.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } property } assignment
                && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                && _frontEnds.TryGetKind(property.Property.ContainingType, out _, out _))
            {
                lock (_gate)
                {
                    (_assignments ??= new List<ISimpleAssignmentOperation>()).Add(assignment);
                }
            }
        }

        public void OnBlockEnd(OperationBlockAnalysisContext context)
        {
            if (_creations is null && _assignments is null)
            {
                return;
            }

            var blocks = context.OperationBlocks;
            var graph = new GraphBuilder(_frontEnds, () => new LocalValues(blocks));
            if (_creations is { } creations)
            {
                creations.Sort(BySourcePosition);
                foreach (var creation in creations)
                {
                    graph.GetNode(creation);
                }
            }

            if (_assignments is { } assignments)
            {
                assignments.Sort(BySourcePosition);
                foreach (var assignment in assignments)
                {
                    graph.ApplyAssignment(assignment);
                }
            }

            var reported = new HashSet<(string Id, TextSpan Span)>();
            var ruleContext = new RuleContext(_options.Get(context.FilterTree), diagnostic =>
            {
                // A spec shared by two workloads, or kept by a `with` copy, is reported once.
                if (reported.Add((diagnostic.Id, diagnostic.Location.SourceSpan)))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            });

            foreach (var root in graph.Roots)
            {
                if (WorkloadBuilder.Build(root) is { } workload)
                {
                    WorkloadRules.Analyze(workload, ruleContext);
                    _conflicts.Add(workload);
                }
            }
        }

        private static int BySourcePosition(IOperation left, IOperation right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart);
    }
}
