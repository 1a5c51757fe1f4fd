using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Annotation;

/// <summary>Marks every alias of every entity in the text: longest alias first, never overlapping another span,
/// never inside a URL, and Latin-lettered aliases only as whole words (YC is not found inside YCombinator).</summary>
/// <param name="aliases">Alias → entity id.</param>
public sealed class ResolveMentions(IReadOnlyDictionary<string, string> aliases) : IDocumentStage
{
    private readonly KeyValuePair<string, string>[] byLength = [.. aliases.Where(a => a.Key.Length > 0).OrderByDescending(a => a.Key.Length).ThenBy(a => a.Key, StringComparer.Ordinal)];

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.MapBlocks(Resolve);
    }

    private Block Resolve(Block block)
    {
        foreach (var (alias, id) in byLength)
        {
            for (var at = block.Text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = block.Text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                if (block.IsFree(at, alias.Length) && TextRanges.StandsAlone(block.Text, at, alias.Length) && !TextRanges.InsideUrl(block.Text, at))
                {
                    block = block.With(new Mention(at, alias.Length, id));
                }
            }
        }

        return block;
    }
}
