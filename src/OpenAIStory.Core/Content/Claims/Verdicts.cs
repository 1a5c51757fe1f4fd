namespace OpenAIStory.Core.Content.Claims;

/// <summary>The one table of the verdict scale: the key written in content files, the words readers see, a mark for
/// the margin and the schema.org rating (5 best, 1 worst; none for verdicts that are not a degree of truth).</summary>
public static class Verdicts
{
    /// <summary>One verdict's row.</summary>
    public sealed record Row(Verdict Verdict, string Key, string Words, string Mark, int? Rating);

    /// <summary>Every verdict, from true to false, then the two that are not a degree of truth.</summary>
    public static IReadOnlyList<Row> All { get; } =
    [
        new(Verdict.Accurate, "accurate", "属实", "✓", 5),
        new(Verdict.MostlyAccurate, "mostly-accurate", "基本属实", "≈", 4),
        new(Verdict.Exaggerated, "exaggerated", "夸大", "↑", 2),
        new(Verdict.Inaccurate, "inaccurate", "不准确", "≠", 2),
        new(Verdict.Misquoted, "misquoted", "误引", "“", 2),
        new(Verdict.Misattributed, "misattributed", "张冠李戴", "⇄", 1),
        new(Verdict.Wrong, "wrong", "错误", "✗", 1),
        new(Verdict.Unverifiable, "unverifiable", "无法核实", "?", null),
        new(Verdict.Opinion, "opinion", "观点", "◇", null),
    ];

    /// <summary>The row of <paramref name="verdict"/>.</summary>
    public static Row Of(Verdict verdict) => All.First(r => r.Verdict == verdict);

    /// <summary>The verdict a content key names, or null.</summary>
    public static Verdict? Parse(string? key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal))?.Verdict;
}
