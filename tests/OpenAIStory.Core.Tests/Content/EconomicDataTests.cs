using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Data;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Tests.Content;

public sealed class EconomicDataTests
{
    private static readonly EconomicData Data = new(
        new RateTable { Title = "rates", Rates = new() { [2015] = 6.2284m, [2019] = 6.8985m } },
        new CpiTables
        {
            Us = new PriceIndex { Title = "us", Values = new() { [2015] = 237.017m, [2024] = 313.689m } },
            Cn = new PriceIndex { Title = "cn", Yoy = new() { [2022] = 102.0m, [2023] = 100.2m, [2024] = 100.2m } },
        });

    [Fact]
    public void Dollars_convert_at_the_years_average_rate_and_into_the_latest_prices()
    {
        var c = Data.Convert(1_000_000_000m, Currencies.Usd, 2015)!;
        c.Other.ShouldBe(6_228_400_000m);
        c.OtherCurrency.ShouldBe(Currencies.Cny);
        c.TodayYear.ShouldBe(2024);
        Math.Round(c.Today!.Value / 1_000_000m).ShouldBe(1323m); // 1e9 × 313.689 / 237.017
    }

    [Fact]
    public void Yuan_convert_back_to_dollars_and_chain_china_cpi()
    {
        var c = Data.Convert(300_000_000m, Currencies.Cny, 2022)!;
        c.Other.ShouldBeNull(); // no 2022 rate in this table
        c.Rate.ShouldBeNull();
        Math.Round(c.Today!.Value).ShouldBe(Math.Round(300_000_000m * 1.002m * 1.002m));
    }

    [Fact]
    public void A_missing_year_gives_no_figure_rather_than_a_wrong_one()
    {
        var c = Data.Convert(100m, Currencies.Cny, 2010)!;
        c.Today.ShouldBeNull();
        Data.Convert(100m, Currencies.Eur, 2015).ShouldBeNull();
    }

    [Fact]
    public void The_shipped_tables_cover_every_year_the_article_dates_money_in()
    {
        var content = ContentLoader.Load(Repo.PathOf("content"));
        foreach (var year in new[] { 2015, 2017, 2019, 2023 })
        {
            content.Economics!.Convert(1m, Currencies.Usd, year)!.Rate.ShouldNotBeNull($"{year}");
            content.Economics!.Convert(1m, Currencies.Cny, year)!.Today.ShouldNotBeNull($"{year}");
        }
    }
}
