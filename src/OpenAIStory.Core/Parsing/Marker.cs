using System.Globalization;
using System.Text;

namespace OpenAIStory.Core.Parsing;

/// <summary>The glyphs templates put before a box or heading title (📌, ▌, ■, ●): symbols, not words.</summary>
public static class Marker
{
    /// <summary>True when the line opens with a symbol glyph (an emoji or a block/bullet shape).</summary>
    public static bool StartsWithMarker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && Rune.DecodeFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done && IsMarker(rune);
    }

    /// <summary>Returns <paramref name="text"/> without its leading symbol glyphs and spaces.</summary>
    public static string StripLeading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done
            && (IsMarker(rune) || Rune.IsWhiteSpace(rune) || rune.Value == 0xFE0F))
        {
            i += used;
        }

        return text[i..];
    }

    private static bool IsMarker(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol || rune.Value is >= 0x2580 and <= 0x25FF || rune.Value is '★' or '☆';
}
