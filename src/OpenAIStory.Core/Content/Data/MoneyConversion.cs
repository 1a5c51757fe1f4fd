using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Content.Data;

/// <summary>An amount converted: to the other currency at that year's average rate, and to a later year's prices.</summary>
/// <param name="Other">The same amount in the other currency (USD ↔ CNY), or null without a rate for the year.</param>
/// <param name="OtherCurrency">The other currency.</param>
/// <param name="RateYear">The year whose average rate was used.</param>
/// <param name="Rate">CNY per USD in that year.</param>
/// <param name="Today">The amount in <paramref name="TodayYear"/> prices, or null without index data.</param>
/// <param name="TodayYear">The latest year with published index data.</param>
public sealed record MoneyConversion(decimal? Other, Currency OtherCurrency, int? RateYear, decimal? Rate, decimal? Today, int? TodayYear);
