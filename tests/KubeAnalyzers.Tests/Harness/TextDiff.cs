using System;
using System.Text;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>A readable account of where two texts first differ, line by line.</summary>
public static class TextDiff
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of text>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of text>";
            if (e != a)
            {
                builder.Append($"First difference at line {i + 1}:\n  expected: {Visible(e)}\n  actual:   {Visible(a)}\n\nActual text:\n{actual}");
                return builder.ToString();
            }
        }

        return "The texts differ only in line endings.";
    }

    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");
}
