using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>Runs a Pulumi program.</summary>
    public static class Deployment
    {
        public static Task<int> RunAsync(Action action)
        {
            action();
            return Task.FromResult(0);
        }

        public static async Task<int> RunAsync(Func<Task> func)
        {
            await func().ConfigureAwait(false);
            return 0;
        }

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func)
        {
            func();
            return Task.FromResult(0);
        }

        public static async Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null)
        {
            await func().ConfigureAwait(false);
            return 0;
        }

        public static Task<int> RunAsync<TStack>()
            where TStack : Stack, new()
        {
            _ = new TStack();
            return Task.FromResult(0);
        }
    }
}
