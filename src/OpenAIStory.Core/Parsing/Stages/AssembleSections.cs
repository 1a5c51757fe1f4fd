using System.Collections.Immutable;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Builds the lead, the sections and the appendix from classified lines, giving every block a stable id and every section a slug.</summary>
/// <param name="slugs">Slugs chosen by the editor, keyed by section keyword (from the sidecar file); others are derived from the heading.</param>
public sealed class AssembleSections(IReadOnlyDictionary<string, string> slugs) : IDocumentStage
{
    public AssembleSections()
        : this(new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var lead = ImmutableArray.CreateBuilder<Block>();
        var appendix = ImmutableArray.CreateBuilder<Block>();
        var sections = ImmutableArray.CreateBuilder<Section>();
        (LineRecord Heading, ImmutableArray<Block>.Builder Blocks)? open = null;

        foreach (var line in document.Lines)
        {
            switch (line.Role)
            {
                case LineRole.Heading:
                    Close();
                    open = (line, ImmutableArray.CreateBuilder<Block>());
                    break;
                case LineRole.Paragraph or LineRole.Caption:
                    var kind = line.Role == LineRole.Caption ? BlockKind.Caption : BlockKind.Paragraph;
                    var block = new Block(Unique(StableId.FromText(kind == BlockKind.Caption ? "fig" : "p", line.Text)), kind, line.Text, line.Number);
                    (line.InAppendix ? appendix : open?.Blocks ?? lead).Add(block);
                    break;
            }
        }

        Close();
        return document with { Lead = lead.ToImmutable(), Sections = sections.ToImmutable(), Appendix = appendix.ToImmutable() };

        void Close()
        {
            if (open is not { } o)
            {
                return;
            }

            var keyword = HeadingRules.Match(o.Heading.Text)?.Keyword ?? o.Heading.Text;
            var slug = Unique(slugs.TryGetValue(keyword, out var chosen) ? chosen : StableId.Slugify(keyword));
            sections.Add(new Section(slug, o.Heading.Text, keyword, o.Heading.Number, o.Blocks.ToImmutable()));
            open = null;
        }

        // Repeated text gets -2, -3 …; the next suffix to try is remembered per id, so many copies stay linear.
        string Unique(string id)
        {
            var candidate = id;
            var n = nextSuffix.GetValueOrDefault(id, 2);
            while (!usedIds.Add(candidate))
            {
                candidate = $"{id}-{n++}";
            }

            nextSuffix[id] = n;
            return candidate;
        }
    }
}
