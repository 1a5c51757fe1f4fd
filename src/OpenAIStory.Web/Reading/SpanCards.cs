using System.Globalization;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Web.Reading;

/// <summary>Preview cards for dates (what the date means, how long before the article) and amounts (normalised,
/// converted USD ↔ CNY at that year's average rate, and into today's money).</summary>
public sealed class SpanCards(SiteContent content)
{
    private readonly int? articleYear = IsoYear.Of(content.Sidecar.Published?.Date);

    public CardView? For(Block block, Span span)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(span);
        var id = Anchors.SpanCard(block.Id, span.Start);
        var text = block.Text.Substring(span.Start, span.Length);
        return span.Kind switch
        {
            SpanKind.Date when span.Unit == "duration" => new CardView(id, new NoteTitle(span.Label ?? text, null), "时长", DateDescription(span), null, null),
            SpanKind.Date => new CardView(id, new NoteTitle(span.Label ?? text, null), "日期", DateDescription(span), Anchors.EventOnTimeline(block.Id, span.Start), "在时间线上查看"),
            SpanKind.Amount => new CardView(id, new NoteTitle(AmountTitle(span), null), IsMoney(span) ? "金额" : "数量", AmountDescription(span, text), Anchors.FigureInLedger(block.Id, span.Start), "在数字账本中查看"),
            _ => null,
        };
    }

    private string DateDescription(Span span)
    {
        if (span.Unit is "duration")
        {
            return $"一段时长（ISO 8601：{span.Value}）。";
        }

        var year = IsoYear.Of(span.Value);
        var relative = span.Unit is "relative" ? "按本文发表时间推定。" : "";
        if (year is null || articleYear is null)
        {
            return relative.Length > 0 ? relative : "日期。";
        }

        var gap = articleYear.Value - year.Value;
        var distance = gap switch
        {
            0 => $"与本文发表同年（{articleYear} 年）。",
            > 0 => $"距本文发表（{articleYear} 年）约 {gap} 年。",
            _ => $"在本文发表（{articleYear} 年）之后 {-gap} 年。",
        };
        return distance + (span.Approximate ? "原文说法较模糊，日期为推算。" : "") + relative;
    }

    private static string AmountTitle(Span span)
    {
        var value = decimal.Parse(span.Value, CultureInfo.InvariantCulture);
        var number = ChineseNumberFormat.Format(value);
        if (span.Upper is { } upper)
        {
            number += "—" + ChineseNumberFormat.Format(decimal.Parse(upper, CultureInfo.InvariantCulture));
        }

        var unit = span.Unit switch { "USD" => "美元", "CNY" => "元人民币", "HKD" => "港元", "EUR" => "欧元", "JPY" => "日元", "GBP" => "英镑", null => "", var u => u };
        return (span.Approximate && span.Upper is null ? "约 " : "") + number + unit;
    }

    private string AmountDescription(Span span, string text)
    {
        if (!IsMoney(span))
        {
            return $"原文“{text}”，即 {AmountTitle(span)}" + (span.Approximate ? "（约数或范围，不是精确值）。" : "。");
        }

        var year = IsoYear.Of(span.AsOf) ?? articleYear;
        var value = decimal.Parse(span.Value, CultureInfo.InvariantCulture);
        if (year is null || content.Economics?.Convert(value, span.Unit!, year.Value) is not { } c)
        {
            return $"原文“{text}”。";
        }

        var parts = new List<string> { $"原文“{text}”，按 {year} 年计。" };
        if (c.Other is { } other && c.Rate is { } rate)
        {
            parts.Add($"按 {c.RateYear} 年人民币对美元年平均汇率（1 美元 = {rate.ToString("0.####", CultureInfo.InvariantCulture)} 元）约合 {ChineseNumberFormat.Format(other)}{(c.OtherCurrency == "USD" ? "美元" : "元人民币")}。");
        }

        if (c.Today is { } today && c.TodayYear is { } todayYear && todayYear != year)
        {
            parts.Add($"按{(span.Unit == "USD" ? "美国 CPI-U " : "中国居民消费价格指数")}折合 {todayYear} 年物价约 {ChineseNumberFormat.Format(today)}{(span.Unit == "USD" ? "美元" : "元人民币")}。");
        }

        return string.Concat(parts);
    }

    private static bool IsMoney(Span span) => span.Unit is { Length: 3 } u && u.All(char.IsAsciiLetterUpper);
}
