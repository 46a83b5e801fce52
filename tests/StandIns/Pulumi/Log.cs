using System;

namespace Pulumi
{
    /// <summary>Writes diagnostics to the Pulumi engine (the console in this stand-in).</summary>
    public static class Log
    {
        public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
            Console.WriteLine("debug: " + message);

        public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
            Console.WriteLine("info: " + message);

        public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
            Console.WriteLine("warning: " + message);

        public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
            Console.Error.WriteLine("error: " + message);
    }
}
