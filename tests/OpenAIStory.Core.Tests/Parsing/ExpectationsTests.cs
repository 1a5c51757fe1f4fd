using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>Checks the parser against each case's hand-written expectations.md (title, headings, captions,
/// removed lines, paragraphs), independently of the regenerable expected.json golden files.</summary>
public sealed partial class ExpectationsTests
{
    [GeneratedRegex(@"## Title\s+`(?<t>[^`]*)`")]
    private static partial Regex Title();

    [GeneratedRegex(@"line (?<n>\d+): `(?<t>[^`]*)`")]
    private static partial Regex NumberedText();

    [GeneratedRegex(@"^\| (?<n>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableLine();

    [GeneratedRegex(@"^- (?<n>\d+): `(?<t>[^`]*)`", RegexOptions.Multiline)]
    private static partial Regex ParagraphLine();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repo.TestData).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "expectations.md")) && File.Exists(Path.Combine(dir, "expected.json")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_meets_the_written_expectations(string name)
    {
        var dir = Path.Combine(Repo.TestData, name);
        var md = File.ReadAllText(Path.Combine(dir, "expectations.md"));
        var doc = new ScrapeParser().Parse(name, File.ReadAllBytes(Path.Combine(dir, "input.txt"))).Document;

        doc.Title.ShouldBe(Title().Match(md).Groups["t"].Value);
        Numbered(Part(md, "Section headings")).ShouldBe(doc.Sections.Select(s => (s.Line, s.Heading)).ToList());
        Numbered(Part(md, "Subsection headings")).ShouldBe(doc.Sections.SelectMany(s => s.Subsections).Select(s => (s.Line, s.Heading)).ToList());
        Numbered(Part(md, "Captions")).ShouldBe(doc.AllBlocks.Where(b => b.Kind == BlockKind.Caption).Select(b => (b.Line, b.Text)).ToList());
        TableLine().Matches(Part(md, "Lines removed as boilerplate")).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(doc.RemovedLines.Select(l => l.Number), ignoreOrder: true);
        var paragraphs = ParagraphLine().Matches(Part(md, "Body paragraphs")).Select(m => (Line: int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Groups["t"].Value)).ToList();
        var actual = doc.Lead.Concat(doc.Sections.SelectMany(s => s.AllBlocks)).Where(b => b.Kind == BlockKind.Paragraph).Select(b => (b.Line, Text: b.Text)).ToList();
        // A ? or ! closing a line after Chinese text may be either width ("not asserted" in the case files).
        actual.Select(p => (p.Line, EndWidth(p.Text))).ShouldBe(paragraphs.Select(p => (p.Line, EndWidth(p.Text))).ToList());
    }

    private static string Part(string md, string heading)
    {
        var start = md.IndexOf("## " + heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = md.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? md[start..] : md[start..end];
    }

    private static List<(int, string)> Numbered(string part) =>
        [.. NumberedText().Matches(part).Select(m => (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["t"].Value))];

    private static string EndWidth(string text) => text.Length > 0 && text[^1] is '?' or '!' ? text[..^1] + (char)(text[^1] + 0xFEE0) : text;
}
