// Hand-written stand-in for k8s.KubernetesYaml. The stand-in only has to compile against user code;
// it does not parse YAML.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace k8s
{
    public static class KubernetesYaml
    {
        public static T Deserialize<T>(string yaml, bool strict = false) => throw NotAvailable();

        public static T Deserialize<T>(Stream yaml, bool strict = false) => throw NotAvailable();

        public static T LoadFromString<T>(string content, bool strict = false) => throw NotAvailable();

        public static List<object> LoadAllFromString(string content, IDictionary<string, Type> typeMap = null, bool strict = false) =>
            throw NotAvailable();

        public static string Serialize(object value) => throw NotAvailable();

        public static string SerializeAll(IEnumerable<object> values) => throw NotAvailable();

        private static NotSupportedException NotAvailable() =>
            new("This is a compile-time stand-in of KubernetesClient; reference the real package to read or write YAML.");
    }
}
