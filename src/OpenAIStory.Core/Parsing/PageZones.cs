using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>Where a page's zones lie: the head (chrome and title, before the article's first prose line) and the
/// neighbours of a line, skipping blank lines.</summary>
public static class PageZones
{
    /// <summary>True for a line of prose: long, or a full sentence.</summary>
    public static bool IsProse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Length >= 16 && text.Contains('。', StringComparison.Ordinal))
            || (text.Length >= 50 && text.AsSpan().IndexOfAny("，,。") >= 0);
    }

    /// <summary>The index of the first prose line still taken for article text, or the line count when there is none.</summary>
    /// <param name="lines">The document's lines.</param>
    /// <param name="folded">The same lines folded (<see cref="FoldedLine.Of"/>).</param>
    public static int FirstProse(IReadOnlyList<LineRecord> lines, IReadOnlyList<FoldedLine> folded)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(folded);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role == LineRole.Body && IsProse(lines[i].Text) && BoilerplateRules.ClassifyStandalone(folded[i]) is null
                && !ChromeRules.IsSummaryBox(folded[i]))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>True for a short line that names a box of facts (节目资讯, 基本信息, 文档详情).</summary>
    public static bool NamesABox(FoldedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Simplified;
        return t.Length <= 40 && !Text.SentencePunctuation.EndsLikeSentence(t)
            && (t.EndsWith("信息", StringComparison.Ordinal) || t.EndsWith("资讯", StringComparison.Ordinal) || t.EndsWith("资料", StringComparison.Ordinal)
                || t.EndsWith("详情", StringComparison.Ordinal) || t.EndsWith("概况", StringComparison.Ordinal));
    }

    /// <summary>The index of the nearest non-blank line after <paramref name="index"/>, or null.</summary>
    public static int? NextNonBlank(IReadOnlyList<LineRecord> lines, int index)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Role != LineRole.Blank)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The index of the nearest non-blank line before <paramref name="index"/>, or null.</summary>
    public static int? PreviousNonBlank(IReadOnlyList<LineRecord> lines, int index)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Role != LineRole.Blank)
            {
                return i;
            }
        }

        return null;
    }
}
