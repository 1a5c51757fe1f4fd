namespace OpenAIStory.Core.Rendering;

/// <summary>HTML that is safe to write into a page as it is: escaped text, markup from the span renderers, or a note
/// rendered and sanitised by <see cref="NoteRenderer"/>. Outside the Core it can only be made from text (escaped) or
/// from other safe HTML, so a view never has to trust a string.</summary>
public sealed class SafeHtml : IEquatable<SafeHtml>
{
    // Phrasing elements whose content is text: never script, style or anything that loads or runs.
    private static readonly HashSet<string> PlainElements = new(["mark", "em", "strong", "span", "code", "p"], StringComparer.Ordinal);

    private SafeHtml(string value) => Value = value;

    /// <summary>No HTML at all.</summary>
    public static SafeHtml Empty { get; } = new("");

    /// <summary>The markup.</summary>
    public string Value { get; }

    /// <summary>True when there is no markup.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <summary>Plain text, escaped.</summary>
    public static SafeHtml Text(string? text) => new(HtmlText.Encode(text));

    /// <summary>Pieces of safe HTML one after the other.</summary>
    public static SafeHtml Concat(IEnumerable<SafeHtml> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new(string.Concat(parts.Select(p => p.Value)));
    }

    /// <summary>Safe HTML inside a plain element without attributes: <c>mark</c>, <c>em</c>, <c>strong</c>, <c>span</c>, <c>code</c> or <c>p</c>.</summary>
    public static SafeHtml Element(string name, SafeHtml content)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        if (!PlainElements.Contains(name))
        {
            throw new ArgumentException($"Not an element name: {name}", nameof(name));
        }

        return new($"<{name}>{content.Value}</{name}>");
    }

    /// <summary>Markup a renderer in the Core built and vouches for: every piece of text in it escaped or sanitised.</summary>
    internal static SafeHtml Trusted(string html) => html.Length == 0 ? Empty : new(html);

    public bool Equals(SafeHtml? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SafeHtml);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
