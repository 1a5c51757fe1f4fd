using OpenAIStory.Core.Views;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>Every dated event on one time axis, drawn on the server, with a table alternative.</summary>
public sealed class TimelineModel(DataViews views, ReadingSite site) : SitePageModel
{
    public DataViews Views => views;

    public string ArticleTitle => site.Article.Title;

    /// <summary>The one-line label of an event on the axis: its date and the start of what happened.</summary>
    public string LabelOf(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Title is { } title)
        {
            return $"{e.Label.Split('（')[0]}　{title}";
        }

        // Content without written titles: the axis already says when: the label says what, without repeating the date the sentence opens with.
        var text = e.Quote is { } quote && e.Text.StartsWith(quote, StringComparison.Ordinal) ? e.Text[quote.Length..].TrimStart('，', '：', ' ') : e.Text;
        text = text.Length > 24 ? text[..23] + "…" : text;
        return $"{e.Label.Split('（')[0]}　{text}";
    }

    public void OnGet() =>
        Meta = new PageMeta($"时间线 · {site.Article.Title} 注释", $"《{site.Article.Title}》提到的 {views.Events.Count} 个日期，排在一条时间轴上。", "/timeline");
}
