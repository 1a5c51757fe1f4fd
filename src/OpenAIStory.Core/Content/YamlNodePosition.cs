using YamlDotNet.Core;

namespace OpenAIStory.Core.Content;

/// <summary>Where a node of a YAML document stands in its file, as the parser reported it: its first line, the
/// positions of its children (mapping values by key, sequence items by index) and its source text.</summary>
/// <remarks>Asking for a key or an item that is not written returns the node itself, so a problem with a missing
/// field names the line of the mapping that lacks it.</remarks>
public sealed class YamlNodePosition
{
    private readonly string yaml;
    private readonly int lineOffset;
    private readonly Mark start;
    private Mark end;
    private Dictionary<string, YamlNodePosition>? values;
    private List<YamlNodePosition>? items;

    internal YamlNodePosition(string yaml, int lineOffset, Mark start, Mark end)
    {
        this.yaml = yaml;
        this.lineOffset = lineOffset;
        this.start = start;
        this.end = end;
    }

    /// <summary>The 1-based line of the file on which the node starts.</summary>
    public int Line => (int)start.Line + lineOffset;

    /// <summary>The node's text as written in the file, with the line it starts on.</summary>
    public TextPosition Source
    {
        get
        {
            var from = (int)Math.Min(start.Index, yaml.Length);
            var to = (int)Math.Clamp(end.Index, from, yaml.Length);
            return new TextPosition(yaml[from..to], Line);
        }
    }

    /// <summary>The value written under <paramref name="key"/> in this mapping, or this node when there is none.</summary>
    public YamlNodePosition this[string key] => values?.GetValueOrDefault(key) ?? this;

    /// <summary>The <paramref name="index"/>-th item of this sequence, or this node when there is none.</summary>
    public YamlNodePosition this[int index] => items is { } list && index >= 0 && index < list.Count ? list[index] : this;

    /// <summary>The line inside this node on which <paramref name="words"/> stand, else the node's first line.</summary>
    public int LineOf(string? words) => Source.LineOf(words);

    internal void Close(Mark mark) => end = mark;

    internal void AddValue(string key, YamlNodePosition value) => (values ??= new(StringComparer.Ordinal)).TryAdd(key, value);

    internal void AddItem(YamlNodePosition item) => (items ??= []).Add(item);
}
