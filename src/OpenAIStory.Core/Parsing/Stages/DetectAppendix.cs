using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Marks the poster's appended note (a paragraph opening with 附: and everything after it) as the appendix.</summary>
public sealed partial class DetectAppendix : IDocumentStage
{
    [GeneratedRegex(@"^附(?:言|记|注)?\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex AppendixOpening();

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.BodyLines.ToList();
        // The first body line cannot open an appendix: there would be no article before it.
        var start = body.Skip(1).FirstOrDefault(l => AppendixOpening().IsMatch(l.Text));
        if (start is null)
        {
            return document;
        }

        return document.WithLines(body.Where(l => l.Number >= start.Number).Select(l => l with { InAppendix = true }));
    }
}
