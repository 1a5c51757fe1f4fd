using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>The immutable document that flows through the pipeline, from raw lines to a sectioned reading.</summary>
/// <param name="SourceName">The file the scrape came from, for messages and provenance.</param>
/// <param name="Lines">Every line of the raw scrape with what the pipeline made of it.</param>
public sealed record ArticleDocument(string SourceName, ImmutableArray<LineRecord> Lines)
{
    /// <summary>The article's real title.</summary>
    public string? Title { get; init; }

    /// <summary>Title candidates found inside boilerplate (text glued before a breadcrumb, the trail's last segment).</summary>
    public ImmutableArray<TitleHint> TitleHints { get; init; } = [];

    /// <summary>The real byline (platform, author, original URL).</summary>
    public Byline? Byline { get; init; }

    /// <summary>Blocks before the first heading (the lead), or all blocks when there are no sections.</summary>
    public ImmutableArray<Block> Lead { get; init; } = [];

    /// <summary>The headed sections in order.</summary>
    public ImmutableArray<Section> Sections { get; init; } = [];

    /// <summary>The poster's appended note, set apart from the article.</summary>
    public ImmutableArray<Block> Appendix { get; init; } = [];

    /// <summary>Topic and stock tags.</summary>
    public ImmutableArray<Tag> Tags { get; init; } = [];

    /// <summary>The claims anchored on the title or a section heading rather than in a paragraph: claim id → <c>title</c>
    /// or the section's slug, as <see cref="Annotation.AnchorClaims"/> found them.</summary>
    public ImmutableDictionary<string, string> ClaimsOnHeadings { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Problems stages found in the content that annotates the text (an orphaned or ambiguous quote …).</summary>
    public ImmutableArray<Content.ContentError> Problems { get; init; } = [];

    /// <summary>Every block of the reading in document order: lead, sections, appendix.</summary>
    public IEnumerable<Block> AllBlocks => Lead.Concat(Sections.SelectMany(s => s.AllBlocks)).Concat(Appendix);

    /// <summary>The lines that were kept out of the reading, with the reason.</summary>
    public IEnumerable<LineRecord> RemovedLines => Lines.Where(l => l.Role == LineRole.Removed);

    /// <summary>Lines that stages have not classified yet and that are not blank.</summary>
    public IEnumerable<LineRecord> BodyLines => Lines.Where(l => l.Role == LineRole.Body);

    /// <summary>Returns a copy with every block (lead, sections, appendix) passed through <paramref name="map"/>.</summary>
    public ArticleDocument MapBlocks(Func<Block, Block> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            Lead = [.. Lead.Select(map)],
            Sections = [.. Sections.Select(s => s with
            {
                Blocks = [.. s.Blocks.Select(map)],
                Subsections = [.. s.Subsections.Select(sub => sub with { Blocks = [.. sub.Blocks.Select(map)] })],
            })],
            Appendix = [.. Appendix.Select(map)],
        };
    }

    /// <summary>Returns a copy with one line replaced (matched by number).</summary>
    public ArticleDocument WithLine(LineRecord line) => WithLines([line]);

    /// <summary>Returns a copy with each of <paramref name="lines"/> replacing the line of the same number, in one pass
    /// (replacing lines one at a time would copy the whole document per line).</summary>
    public ArticleDocument WithLines(IEnumerable<LineRecord> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = Lines.ToBuilder();
        foreach (var line in lines)
        {
            builder[line.Number - 1] = line;
        }

        return this with { Lines = builder.MoveToImmutable() };
    }
}
