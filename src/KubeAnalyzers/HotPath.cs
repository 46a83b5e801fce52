using System.Runtime.CompilerServices;

namespace KubeAnalyzers
{
    /// <summary>
    /// For the methods that run for every operation, block, object and workload. Marked <c>[MethodImpl(HotPath.Optimized)]</c>,
    /// a method is compiled optimized at its first call instead of starting unoptimized and waiting for tiered compilation to
    /// promote it. In a compiler process, which keeps compiling its own methods throughout a build, that promotion never came:
    /// a build of 2,000 files ran 652 of the analyzer's methods unoptimized (most of them instrumented) from start to end and
    /// promoted 4 (docs/performance.md). Methods that run once per compilation or per diagnostic are left to tiering.
    /// </summary>
    internal static class HotPath
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c> (0x0200), which netstandard2.0 does not name; a runtime that does not
        /// know the flag (.NET Framework) ignores it.
        /// </summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)0x0200;
    }
}
