using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Finds reference markers such as [3] whose reference list did not survive the repost, and marks them as spans.</summary>
public sealed partial class MarkReferences : IDocumentStage
{
    [GeneratedRegex(@"\[(?<n>\d{1,3})\]|【(?<n>\d{1,3})】|［(?<n>\d{1,3})］", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.MapBlocks(Mark);
    }

    private static Block Mark(Block block)
    {
        var spans = Marker().Matches(block.Text)
            .Where(m => !TextRanges.InsideUrl(block.Text, m.Index))
            .Select(m => (Span)new ReferenceMarker(m.Index, m.Length, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)))
            .ToImmutableArray();
        return spans.IsEmpty ? block : block with { Spans = block.Spans.AddRange(spans).Sort((a, b) => a.Start.CompareTo(b.Start)) };
    }
}
