using System.Collections.Immutable;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Builds the lead, the sections (with their subsections) and the appendix from classified lines, giving every
/// block a stable id and every section a slug unique in the document.</summary>
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
        (LineRecord Heading, ImmutableArray<Block>.Builder Blocks, ImmutableArray<Section>.Builder Subsections)? open = null;
        (LineRecord Heading, ImmutableArray<Block>.Builder Blocks)? openSub = null;

        foreach (var line in document.Lines)
        {
            switch (line.Role)
            {
                case LineRole.Heading:
                    Close();
                    open = (line, ImmutableArray.CreateBuilder<Block>(), ImmutableArray.CreateBuilder<Section>());
                    break;
                case LineRole.Subheading when open is not null:
                    CloseSub();
                    openSub = (line, ImmutableArray.CreateBuilder<Block>());
                    break;
                case LineRole.Paragraph or LineRole.Caption or LineRole.Subheading:
                    var kind = line.Role == LineRole.Caption ? BlockKind.Caption : BlockKind.Paragraph;
                    var block = new Block(Unique(Anchors.Block(kind, line.Text)), kind, line.Text, line.Number);
                    (line.InAppendix ? appendix : openSub?.Blocks ?? open?.Blocks ?? lead).Add(block);
                    break;
            }
        }

        Close();
        return document with { Lead = lead.ToImmutable(), Sections = sections.ToImmutable(), Appendix = appendix.ToImmutable() };

        void Close()
        {
            CloseSub();
            if (open is not { } o)
            {
                return;
            }

            sections.Add(MakeSection(o.Heading, o.Blocks.ToImmutable()) with { Subsections = o.Subsections.ToImmutable() });
            open = null;
        }

        void CloseSub()
        {
            if (openSub is not { } s || open is not { } o)
            {
                return;
            }

            o.Subsections.Add(MakeSection(s.Heading, s.Blocks.ToImmutable()) with { Level = 3 });
            openSub = null;
        }

        Section MakeSection(LineRecord heading, ImmutableArray<Block> blocks)
        {
            var keyword = HeadingRules.Match(heading.Text)?.Keyword ?? heading.Text;
            var slug = Unique(slugs.TryGetValue(keyword, out var chosen) ? chosen : StableId.Slugify(keyword));
            return new Section(slug, heading.Text, keyword, heading.Number, blocks);
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
