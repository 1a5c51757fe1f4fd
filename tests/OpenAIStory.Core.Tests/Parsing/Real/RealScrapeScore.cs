using System.Globalization;
using System.Text;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Parsing.Real;

/// <summary>The three figures of the labelled set and every miss behind them.</summary>
/// <remarks>
/// Rules of the count, chosen so that none can be met by doing less:
/// <list type="bullet">
/// <item>Boilerplate removed: a labelled boilerplate line counts when the pipeline kept it out of the reading's text
/// (removed, or parsed into tags or the byline). Taking it as the title or keeping it as a paragraph, heading or
/// caption is a miss.</item>
/// <item>Body kept: every non-blank line from the first body line to the last (the end of the file for cut pages) that
/// is not labelled boilerplate, metadata or title must end up as a paragraph, heading or caption (the appendix
/// counts). Removed, title, byline and tags are misses.</item>
/// <item>Titles found: the document's title equals the label after folding width (NFKC) and whitespace and dropping a
/// leading forum category in ASCII brackets only when the label does not carry it. A page labelled without a title
/// counts only when the document has no title (inventing one from a body line is a miss).</item>
/// </list>
/// </remarks>
public sealed record RealScrapeScore(int Boilerplate, int BoilerplateRemoved, int Body, int BodyKept, int Titles, int TitlesFound, IReadOnlyList<string> Misses)
{
    public double BoilerplateShare => Share(BoilerplateRemoved, Boilerplate);

    public double BodyShare => Share(BodyKept, Body);

    public double TitleShare => Share(TitlesFound, Titles);

    /// <summary>Scores the documents against their labels.</summary>
    public static RealScrapeScore Of(IEnumerable<(LabelledScrape Label, ArticleDocument Document)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        int boiler = 0, boilerOk = 0, body = 0, bodyOk = 0, titles = 0, titlesOk = 0;
        var misses = new List<string>();
        foreach (var (label, doc) in pages)
        {
            var boilerplate = label.BoilerplateLineNumbers.ToHashSet();
            var notBody = boilerplate.Concat(label.MetadataLineNumbers).Concat(label.TitleLineNumbers).ToHashSet();
            var last = label.BodyLastLineNumber ?? doc.Lines.Length;
            foreach (var line in doc.Lines.Where(l => l.Role != LineRole.Blank))
            {
                if (boilerplate.Contains(line.Number))
                {
                    boiler++;
                    if (line.Role is LineRole.Removed or LineRole.Tags or LineRole.Byline)
                    {
                        boilerOk++;
                    }
                    else
                    {
                        misses.Add($"{label.File}:{line.Number}: boilerplate kept as {line.Role}: {Cut(line.Text)}");
                    }
                }
                else if (line.Number >= label.BodyFirstLineNumber && line.Number <= last && !notBody.Contains(line.Number))
                {
                    body++;
                    if (line.Role is LineRole.Paragraph or LineRole.Heading or LineRole.Subheading or LineRole.Caption)
                    {
                        bodyOk++;
                    }
                    else
                    {
                        misses.Add($"{label.File}:{line.Number}: body lost as {line.Role} ({line.Reason}): {Cut(line.Text)}");
                    }
                }
            }

            titles++;
            if (SameTitle(label.Title, doc.Title))
            {
                titlesOk++;
            }
            else
            {
                misses.Add($"{label.File}:{label.TitleLineNumbers.FirstOrDefault()}: title «{doc.Title}», labelled «{label.Title}»");
            }
        }

        return new RealScrapeScore(boiler, boilerOk, body, bodyOk, titles, titlesOk, misses);
    }

    /// <summary>A one-paragraph summary of the figures followed by every miss, one a line.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"boilerplate removed {BoilerplateRemoved}/{Boilerplate} = {BoilerplateShare:P1}; ");
        sb.Append(CultureInfo.InvariantCulture, $"body kept {BodyKept}/{Body} = {BodyShare:P1}; ");
        sb.AppendLine(CultureInfo.InvariantCulture, $"titles found {TitlesFound}/{Titles} = {TitleShare:P1}");
        foreach (var miss in Misses)
        {
            sb.AppendLine(miss);
        }

        return sb.ToString();
    }

    private static bool SameTitle(string? labelled, string? found)
    {
        if (labelled is null || found is null)
        {
            return labelled is null && found is null;
        }

        return Fold(labelled) == Fold(found);
    }

    private static string Fold(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Cut(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
