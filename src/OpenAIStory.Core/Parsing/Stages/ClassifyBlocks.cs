using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Decides for each remaining line whether it is a heading, a caption or a paragraph.</summary>
/// <remarks>A heading style counts only when the article uses it at least twice, and numbered styles only when
/// they count up from one: a lone "2023年：…" or "3. …" line is prose, not structure.</remarks>
public sealed class ClassifyBlocks : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.BodyLines.ToList();
        var candidates = body
            .Where(l => !l.InAppendix)
            .Select(l => (Line: l, Candidate: HeadingRules.Match(l.Text)))
            .Where(x => x.Candidate is not null)
            .ToList();

        var style = Enum.GetValues<HeadingStyle>()
            .Cast<HeadingStyle?>()
            .FirstOrDefault(s => IsConsistent(candidates.Where(c => c.Candidate!.Style == s).Select(c => c.Candidate!).ToList()));

        var headingLines = style is null
            ? []
            : candidates.Where(c => c.Candidate!.Style == style).Select(c => c.Line.Number).ToHashSet();

        var lines = document.Lines.ToBuilder();
        foreach (var line in body)
        {
            var role = headingLines.Contains(line.Number) ? LineRole.Heading
                : CaptionRules.IsCaption(line.Text) ? LineRole.Caption
                : LineRole.Paragraph;
            lines[line.Number - 1] = line with { Role = role };
        }

        return document with { Lines = lines.ToImmutable() };
    }

    private static bool IsConsistent(List<HeadingCandidate> found)
    {
        if (found.Count < 2)
        {
            return false;
        }

        if (found[0].Number is null)
        {
            return true;
        }

        // Numbered headings must read 1, 2, 3 … in order.
        return found.Select((c, i) => c.Number == i + 1).All(ok => ok);
    }
}
