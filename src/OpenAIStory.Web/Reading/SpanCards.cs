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
        return span switch
        {
            DateSpan { Precision: DatePrecision.Duration } d => new CardView(id, new NoteTitle(d.Label, null), "时长", $"一段时长（ISO 8601：{d.Iso}）。", null, null),
            DateSpan d => new CardView(id, new NoteTitle(d.Label, null), "日期", DateDescription(d), Anchors.EventOnTimeline(block.Id, span.Start), "在时间线上查看"),
            AmountSpan a => new CardView(id, new NoteTitle(AmountText.Normalised(a), null), a.IsMoney ? "金额" : "数量", AmountDescription(a, text), Anchors.FigureInLedger(block.Id, span.Start), "在数字账本中查看"),
            _ => null,
        };
    }

    private string DateDescription(DateSpan date)
    {
        var relative = date.Precision == DatePrecision.Relative ? "按本文发表时间推定。" : "";
        if (date.Year is not { } year || articleYear is null)
        {
            return relative.Length > 0 ? relative : "日期。";
        }

        var gap = articleYear.Value - year;
        var distance = gap switch
        {
            0 => $"与本文发表同年（{articleYear} 年）。",
            > 0 => $"距本文发表（{articleYear} 年）约 {gap} 年。",
            _ => $"在本文发表（{articleYear} 年）之后 {-gap} 年。",
        };
        return distance + (date.Approximate ? "原文说法较模糊，日期为推算。" : "") + relative;
    }

    private string AmountDescription(AmountSpan amount, string text)
    {
        if (amount.Currency is not { } currency)
        {
            return $"原文“{text}”，即 {AmountText.Normalised(amount)}" + (amount.Approximate ? "（约数或范围，不是精确值）。" : "。");
        }

        var year = amount.AsOfYear ?? articleYear;
        if (year is null || content.Economics?.Convert(amount.Value, currency, year.Value) is not { } c)
        {
            return $"原文“{text}”。";
        }

        var parts = new List<string> { $"原文“{text}”，按 {year} 年计。" };
        if (c.Other is { } other && c.Rate is { } rate)
        {
            parts.Add($"按 {c.RateYear} 年人民币对美元年平均汇率（1 美元 = {rate.ToString("0.####", CultureInfo.InvariantCulture)} 元）约合 {ChineseNumberFormat.Format(other)}{c.OtherCurrency.Name}。");
        }

        if (c.Today is { } today && c.TodayYear is { } todayYear && todayYear != year)
        {
            parts.Add($"按{(currency == Currencies.Usd ? "美国 CPI-U " : "中国居民消费价格指数")}折合 {todayYear} 年物价约 {ChineseNumberFormat.Format(today)}{currency.Name}。");
        }

        return string.Concat(parts);
    }
}
