using System.Globalization;
using OpenAIStory.Core.Rendering;
using OpenAIStory.Core.Views;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Pages;

/// <summary>The ledger of every money figure and quantity, with a log-scale chart of the sums.</summary>
public sealed class FiguresModel(DataViews views, ReadingSite site) : SitePageModel
{
    public DataViews Views => views;

    public string ArticleTitle => site.Article.Title;

    /// <summary>The year of today's prices (the latest the price tables publish).</summary>
    public string TodayYear => views.PricesYear?.ToString(CultureInfo.InvariantCulture) ?? "今日";

    /// <summary>How many times the largest sum is the smallest.</summary>
    public string Span => views.MoneyChart.Bars.Count < 2 ? "1" : ChineseNumberFormat.Format(views.MoneyChart.Bars[^1].Value / views.MoneyChart.Bars[0].Value);

    public string Power(int power) => power switch
    {
        < 4 => Math.Pow(10, power).ToString("#,0", CultureInfo.InvariantCulture),
        _ => ChineseNumberFormat.Format((decimal)Math.Pow(10, power)),
    };

    public string Money(decimal? value) => value is { } v ? ChineseNumberFormat.Format(v) : "—";

    public string Normalised(FigureRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return AmountText.Normalised(row.Amount);
    }

    public void OnGet() =>
        Meta = new PageMeta($"数字账本 · {site.Article.Title} 注释", $"《{site.Article.Title}》里的每一笔钱和数量：规范化、美元人民币互换、折合今日价格。", "/figures");
}
