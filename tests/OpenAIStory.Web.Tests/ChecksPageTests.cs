using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Claims;

namespace OpenAIStory.Web.Tests;

/// <summary>The fact-check ledger: every claim once, linked to its paragraph and back, with ClaimReview JSON-LD.</summary>
public sealed class ChecksPageTests(SiteFactory site)
{
    [Fact]
    public async Task Every_claim_has_one_row_with_a_verdict_from_the_scale_and_a_link_to_its_paragraph()
    {
        var content = site.Services.GetRequiredService<SiteContent>();
        var ledger = await site.GetDocumentAsync("/checks");
        var reading = await site.GetDocumentAsync("/");
        var rows = ledger.QuerySelectorAll("tr.claim-row");
        rows.Length.ShouldBe(content.Claims.Count);
        rows.Length.ShouldBeGreaterThanOrEqualTo(100);
        var words = Verdicts.All.Select(v => v.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Id!["c-".Length..];
            content.Claims.ShouldContainKey(id);
            words.ShouldContain(row.QuerySelector(".verdict-badge")!.TextContent.Trim()[1..], id);
            var place = row.QuerySelector("td:last-child a")!.GetAttribute("href")!;
            place.ShouldStartWith("/#");
            var target = reading.GetElementById(place[2..]);
            target.ShouldNotBeNull($"{id} links to {place}");
            // And back: the paragraph (or heading) carries the claim's mark, a link to this row.
            target.QuerySelectorAll($"sup.claim-ref a[href='/checks#c-{id}']").Length.ShouldBe(1, id);
        }
    }

    [Fact]
    public async Task The_reading_summarises_the_checks_and_links_to_the_ledger()
    {
        var reading = await site.GetDocumentAsync("/");
        var summary = reading.QuerySelector(".claim-summary a")!;
        summary.GetAttribute("href").ShouldBe("/checks");
        summary.TextContent.ShouldMatch(@"^本文 \d+ 处可核查陈述：属实 \d+、");
        reading.QuerySelectorAll("nav a[href='/checks']").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Each_verdict_is_published_as_a_ClaimReview()
    {
        var content = site.Services.GetRequiredService<SiteContent>();
        var ledger = await site.GetDocumentAsync("/checks");
        var json = JsonDocument.Parse(ledger.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var reviews = json.GetProperty("@graph").EnumerateArray().ToList();
        reviews.Count.ShouldBe(content.Claims.Count);
        foreach (var review in reviews)
        {
            review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
            review.GetProperty("claimReviewed").GetString().ShouldNotBeNullOrWhiteSpace();
            review.GetProperty("url").GetString().ShouldStartWith("http://localhost:5080/checks#c-");
            review.GetProperty("datePublished").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
            var rating = review.GetProperty("reviewRating");
            Verdicts.All.Select(v => v.Words).ShouldContain(rating.GetProperty("alternateName").GetString());
            var item = review.GetProperty("itemReviewed");
            item.GetProperty("@type").GetString().ShouldBe("Claim");
            item.GetProperty("author").GetProperty("name").GetString().ShouldBe("丁山猎人");
            item.GetProperty("appearance").GetProperty("url").GetString().ShouldStartWith("http://localhost:5080/#");
        }
    }

    [Fact]
    public async Task A_sum_quoted_as_a_2023_price_converts_at_2023_and_the_ledger_says_why()
    {
        var figures = await site.GetDocumentAsync("/figures");
        var row = figures.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th data")?.TextContent == "8769美元");
        row.QuerySelector(".as-of")!.TextContent.ShouldContain("按 2023 年换算：核查确定的年份");
        row.QuerySelector(".as-of a")!.GetAttribute("href")!.ShouldStartWith("/checks#c-");
    }
}
