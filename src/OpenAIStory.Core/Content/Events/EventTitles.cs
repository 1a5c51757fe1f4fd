using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content.Editorial;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Content.Events;

/// <summary>The timeline's titles for the dates the article gives, read from <c>events.yml</c> and tied to the date
/// spans their quotes land on. An entry whose quote lands nowhere, twice, or on no date is a problem with file and line.</summary>
public sealed class EventTitles
{
    /// <summary>The file's name inside the content root.</summary>
    public const string File = "events.yml";

    /// <summary>The longest title that still reads as a label on the timeline.</summary>
    public const int MaxLength = 24;

    private readonly Dictionary<(string BlockId, int Start), string> titles;

    private EventTitles(Dictionary<(string, int), string> titles) => this.titles = titles;

    /// <summary>No titles (a content folder without <c>events.yml</c>).</summary>
    public static EventTitles None { get; } = new([]);

    /// <summary>How many dates have a title.</summary>
    public int Count => titles.Count;

    /// <summary>The title written for the date span starting at <paramref name="start"/> in block <paramref name="blockId"/>, or null.</summary>
    public string? For(string blockId, int start) => titles.GetValueOrDefault((blockId, start));

    /// <summary>Reads and anchors the file, adding each problem to <paramref name="errors"/>.</summary>
    public static EventTitles Load(string root, ArticleDocument document, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(errors);
        var path = Path.Combine(root, File);
        if (!System.IO.File.Exists(path))
        {
            return None;
        }

        var file = ContentLoader.Relative(root, path);
        List<EventTitleData> items;
        YamlNodePosition position;
        try
        {
            (items, position) = YamlContent.ReadLocated<List<EventTitleData>>(file, System.IO.File.ReadAllText(path));
        }
        catch (ContentException ex)
        {
            errors.AddRange(ex.Errors);
            return None;
        }

        var blocks = document.AllBlocks.ToList();
        var titles = new Dictionary<(string, int), string>();
        foreach (var (i, item) in items.Index())
        {
            var line = position[i]["title"].Line;
            void Error(string message) => errors.Add(new ContentError(file, line, $"event '{item.Title}': {message}"));
            var title = EditorialRules.Clean(item.Title);
            if (title.Length == 0 || title.Length > MaxLength)
            {
                Error($"a title has 1 to {MaxLength} characters (this one {title.Length})");
            }

            foreach (var problem in EditorialRules.TextProblems(title))
            {
                Error(problem);
            }

            if (QuoteAnchor.FindOne(blocks, item.Prefix, item.Quote, item.Suffix, out var problemText) is not { } hit)
            {
                Error(problemText!);
                continue;
            }

            var block = blocks.First(b => b.Id == hit.BlockId);
            var date = block.Spans.FirstOrDefault(s => s is DateSpan && s.Start < hit.Start + hit.Length && hit.Start < s.End);
            if (date is null)
            {
                Error($"the quote '{item.Quote}' holds no date the pipeline recognised");
            }
            else if (!titles.TryAdd((block.Id, date.Start), title))
            {
                Error($"the date '{block.Text.Substring(date.Start, date.Length)}' already has a title");
            }
        }

        return new EventTitles(titles);
    }
}
