using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KubeAnalyzers.Tests.Harness;

/// <summary>An expected diagnostic: its ID and span in one source file.</summary>
public sealed record ExpectedDiagnostic(string Id, string FilePath, TextSpan Span);

/// <summary>
/// The markup of Microsoft.CodeAnalysis.Testing: <c>{|K8S2001:HostNetwork = true|}</c> expects a diagnostic
/// with that ID on the marked text, <c>[|...|]</c> one with the test's default ID. Markup may nest.
/// </summary>
public static class Markup
{
    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup, string filePath, string? defaultId)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start, char Kind)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"Markup '{{|' at {i} in {filePath} has no ':' after its diagnostic ID.");
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length, '{'));
                i = colon + 1;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((defaultId, source.Length, '['));
                i += 2;
            }
            else if (Starts(markup, i, "|}") || Starts(markup, i, "|]"))
            {
                var kind = markup[i + 1] == '}' ? '{' : '[';
                if (open.Count == 0 || open.Peek().Kind != kind)
                {
                    throw new FormatException($"Markup '{markup.Substring(i, 2)}' at {i} in {filePath} closes nothing.");
                }

                var (id, start, _) = open.Pop();
                if (id is null)
                {
                    throw new FormatException($"Markup '[|...|]' in {filePath} needs the test's default diagnostic ID.");
                }

                expected.Add(new ExpectedDiagnostic(id, filePath, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup in {filePath} is not closed.");
        }

        return (source.ToString(), expected);
    }

    private static bool Starts(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
