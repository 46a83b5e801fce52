using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KubeAnalyzers.FrontEnds
{
    /// <summary>
    /// The operations of a tree, listed by a loop over <see cref="IOperation.ChildOperations"/> into a list kept per thread:
    /// the analyzer reads every operation of each block that builds Kubernetes objects, and Roslyn's
    /// <c>DescendantsAndSelf()</c> pays an iterator and a stack of enumerators for each block and a call through
    /// <see cref="IEnumerator{T}"/> for each operation.
    /// </summary>
    internal static class OperationTree
    {
        [System.ThreadStatic]
        private static List<IOperation>? s_free;

        /// <summary>An empty list, the thread's own when it has one; give it back with <see cref="Return"/>.</summary>
        public static List<IOperation> Rent()
        {
            var list = s_free ?? new List<IOperation>(256);
            s_free = null;
            return list;
        }

        public static void Return(List<IOperation> list)
        {
            list.Clear();
            if (list.Capacity <= 4096)
            {
                s_free = list;
            }
        }

        /// <summary>
        /// Adds <paramref name="root"/> and every operation below it to <paramref name="into"/>, each once, parents before
        /// their children (level by level, not in <c>DescendantsAndSelf()</c>'s order; the callers do not depend on order).
        /// </summary>
        public static void AddDescendantsAndSelf(IOperation root, List<IOperation> into)
        {
            var next = into.Count;
            into.Add(root);
            while (next < into.Count)
            {
                foreach (var child in into[next++].ChildOperations)
                {
                    into.Add(child);
                }
            }
        }
    }
}
