using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Content.Data;

/// <summary>The published exchange rates and price indices the money notes convert with.</summary>
public sealed record EconomicData(RateTable UsdCny, CpiTables Cpi)
{
    /// <summary>Converts <paramref name="amount"/> in <paramref name="currency"/> as of <paramref name="year"/>; null for a
    /// currency other than US dollars and renminbi, which the tables do not cover.</summary>
    public MoneyConversion? Convert(decimal amount, Currency currency, int year)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var usd = currency == Currencies.Usd;
        if (!usd && currency != Currencies.Cny)
        {
            return null;
        }

        decimal? rate = UsdCny.Rates.TryGetValue(year, out var r) ? r : null;
        decimal? converted = rate is null ? null : usd ? amount * rate.Value : amount / rate.Value;
        var (today, todayYear) = usd ? InflateUsd(amount, year) : InflateCny(amount, year);
        return new MoneyConversion(converted, usd ? Currencies.Cny : Currencies.Usd, rate is null ? null : year, rate, today, todayYear);
    }

    private (decimal?, int?) InflateUsd(decimal amount, int year)
    {
        var values = Cpi.Us.Values;
        if (values.Count == 0 || !values.TryGetValue(year, out var then))
        {
            return (null, null);
        }

        var latest = values.Keys.Max();
        return (amount * values[latest] / then, latest);
    }

    private (decimal?, int?) InflateCny(decimal amount, int year)
    {
        var yoy = Cpi.Cn.Yoy;
        if (yoy.Count == 0)
        {
            return (null, null);
        }

        var latest = yoy.Keys.Max();
        var factor = 1m;
        for (var y = year + 1; y <= latest; y++)
        {
            if (!yoy.TryGetValue(y, out var index))
            {
                return (null, null); // a missing year breaks the chain: better no figure than a wrong one
            }

            factor *= index / 100m;
        }

        return (amount * factor, latest);
    }
}
