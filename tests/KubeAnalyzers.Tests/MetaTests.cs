using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using KubeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace KubeAnalyzers.Tests;

/// <summary>What every rule must have: a unique ID, a help link, a doc page that matches it, a release entry.</summary>
public class MetaTests
{
    public static TheoryData<string> RuleIdentifiers => new(Descriptors.All.Select(d => d.Id));

    [Fact]
    public void RuleIds_AreUniqueAndEveryIdHasADescriptor()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(constants.OrderBy(id => id), Descriptors.All.Select(d => d.Id).OrderBy(id => id));
        Assert.All(constants, id => Assert.Matches("^K8S[0-4][0-9]{3}$", id));
    }

    [Fact]
    public void AnalyzersSupportEveryDescriptor()
        => Assert.Equal(
            Descriptors.All.Select(d => d.Id).OrderBy(id => id),
            Analysis.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id));

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void Descriptor_HasHelpLinkToItsDocPage(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Equal($"https://github.com/kubeanalyzers/kubeanalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Repository.PathOf("docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
    }

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void DocPage_StatesTitleAndDefaultSeverityOfTheDescriptor(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var page = File.ReadAllText(Repository.PathOf("docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page.Replace("\r\n", "\n"));
        var severity = Regex.Match(page, @"\|\s*Default severity\s*\|\s*(\w+)\s*\|");
        Assert.True(severity.Success, $"docs/rules/{id}.md has no '| Default severity | ... |' row");
        var expected = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "None";
        Assert.Equal(expected, severity.Groups[1].Value);
    }

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void DocPage_PropertyTable_StatesIdCategoryAndWhetherAFixExists(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var page = File.ReadAllText(Repository.PathOf("docs", "rules", id + ".md"));
        string? Row(string property) => Regex.Match(page, $@"(?m)^\|\s*{property}\s*\|\s*(.*?)\s*\|\s*$") is { Success: true } row ? row.Groups[1].Value : null;

        Assert.Equal(id, Row("ID"));
        Assert.Equal(descriptor.Category, Row("Category"));
        var fix = Row("Code fix");
        Assert.True(fix is not null, $"docs/rules/{id}.md has no '| Code fix | ... |' row");
        Assert.Equal(HasCodeFix(id), fix != "none");
    }

    /// <summary>The README's rule table: a row per rule, linking its page, with its title, default severity and fixes.</summary>
    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void ReadmeRuleTable_ListsTheRule_WithLinkTitleSeverityAndFix(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var row = Regex.Match(readme, $@"(?m)^\| \[{id}\]\(docs/rules/{id}\.md\) \| (?<title>[^|]+) \| (?<severity>[^|]+) \| (?<fix>[^|]+) \|\r?$");

        Assert.True(row.Success, $"README.md has no rule table row '| [{id}](docs/rules/{id}.md) | title | severity | fix |'");
        Assert.StartsWith(descriptor.Title.ToString(), row.Groups["title"].Value, System.StringComparison.Ordinal);
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "None (disabled by default)";
        Assert.Equal(severity, row.Groups["severity"].Value);
        Assert.Equal(HasCodeFix(id), row.Groups["fix"].Value != "—");
    }

    private static bool HasCodeFix(string id) => Analysis.CodeFixProviders.Any(p => p.FixableDiagnosticIds.Contains(id));

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void ReleaseTracking_ListsTheRuleWithItsCategoryAndSeverity(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var releases = File.ReadAllText(Repository.PathOf("src", "KubeAnalyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Repository.PathOf("src", "KubeAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Matches($@"(?m)^{id}\s*\|\s*{Regex.Escape(descriptor.Category)}\s*\|\s*{severity}\s*\|", releases);
    }

    [Fact]
    public void EveryFixProvider_FixesAllInEveryScope_AndFixesOnlyKnownRules()
    {
        Assert.NotEmpty(Analysis.CodeFixProviders);
        foreach (var provider in Analysis.CodeFixProviders)
        {
            var fixAll = provider.GetFixAllProvider();
            Assert.NotNull(fixAll);
            Assert.Contains(FixAllScope.Solution, fixAll!.GetSupportedFixAllScopes());
            Assert.Contains(FixAllScope.Project, fixAll.GetSupportedFixAllScopes());
            Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, Descriptors.All.Select(d => d.Id)));
        }
    }

    [Fact]
    public void EveryFixEquivalenceKey_IsAPublicConstantNamedAfterItsRule()
    {
        var keys = typeof(KubeAnalyzers.CodeFixes.KubeCodeFixProvider).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Key", System.StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, key => Assert.Matches("^K8S[0-9]{4}_[A-Za-z]+$", key));
    }
}
