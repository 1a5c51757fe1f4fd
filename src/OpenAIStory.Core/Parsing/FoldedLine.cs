using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing;

/// <summary>A line's text with the folded forms the parsing rules match it by, each computed at most once: a stage
/// folds its lines once (<see cref="Of"/>) and hands the same instance to every rule that asks.</summary>
public sealed class FoldedLine
{
    private string? simplified;
    private string? titleKey;
    private string? narrow;

    public FoldedLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text as it stands: what rules slice and measure.</summary>
    public string Text { get; }

    /// <summary>The text with traditional characters read as simplified ones (<see cref="TraditionalFold"/>): what the
    /// chrome and boilerplate rules match their words in.</summary>
    public string Simplified => simplified ??= TraditionalFold.ToSimplified(Text);

    /// <summary>The offset in <see cref="Text"/> of the character at <paramref name="index"/> of <see cref="Simplified"/>
    /// (they differ where a pinyin gloss was dropped), so that a rule matching the reading cuts the text in the right place.</summary>
    public int TextIndex(int index) => Simplified.Length == Text.Length ? index : TraditionalFold.TextIndex(Text, index);

    /// <summary>The text as titles are compared (<see cref="TitleRules.Fold"/>): template decorations dropped, spaces
    /// and punctuation width folded.</summary>
    public string TitleKey => titleKey ??= TitleRules.Fold(Text);

    /// <summary>The text with spaces dropped and full-width ASCII forms read as half-width (<see cref="WidthFold"/>).</summary>
    public string Narrow => narrow ??= WidthFold.Fold(Text).Text;

    /// <summary>Each line's text, folded on first use; the index of a line is its number less one.</summary>
    public static FoldedLine[] Of(IEnumerable<LineRecord> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines.Select(l => new FoldedLine(l.Text))];
    }

    /// <summary>A text outside any document (a title, a hint, a rule called on its own) as a line of its own.</summary>
    public static implicit operator FoldedLine(string text) => new(text);
}
