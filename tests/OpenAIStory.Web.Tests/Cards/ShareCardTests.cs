using System.Buffers.Binary;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests.Cards;

/// <summary>Every page of the site map has its own share card, served and announced in the page's meta tags.</summary>
public sealed class ShareCardTests(SiteFactory site)
{
    private ShareCards Cards => site.Services.GetRequiredService<ShareCards>();

    private IReadOnlyList<string> Paths => [.. site.Services.GetRequiredService<SiteMap>().Paths];

    [Fact]
    public void Every_page_in_the_site_map_has_a_1200_by_630_png_under_300_KB()
    {
        Cards.Problem.ShouldBeNull("a CJK font is installed here (apt-get install fonts-noto-cjk)");
        Paths.Count.ShouldBeGreaterThan(80);
        foreach (var path in Paths)
        {
            var card = Cards.ForPage(path).ShouldNotBeNull(path);
            var png = card.Png.Span;
            png[..8].ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, path);
            // IHDR: width and height, big-endian, right after the chunk's length and type.
            BinaryPrimitives.ReadInt32BigEndian(png[16..20]).ShouldBe(1200, path);
            BinaryPrimitives.ReadInt32BigEndian(png[20..24]).ShouldBe(630, path);
            png.Length.ShouldBeLessThan(300 * 1024, path);
            card.ImagePath.ShouldMatch(@"^/cards/[a-z0-9-]+\.[0-9a-f]{10}\.png$");
            card.AltText.ShouldContain("没人能复制Chat");
        }
    }

    [Fact]
    public void Sections_and_entities_each_get_a_picture_of_their_own()
    {
        var sections = Paths.Where(p => p.StartsWith("/s/", StringComparison.Ordinal)).ToList();
        var entities = Paths.Where(p => p.Count(c => c == '/') == 2 && !p.StartsWith("/s/", StringComparison.Ordinal)).ToList();
        sections.Count.ShouldBe(3);
        entities.Count.ShouldBeGreaterThan(60);
        foreach (var group in new[] { sections, entities })
        {
            var hashes = group.Select(p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Cards.ForPage(p)!.Png.Span))).ToList();
            hashes.Distinct().Count().ShouldBe(group.Count);
            group.Select(p => Cards.ForPage(p)!.ImagePath).Distinct().Count().ShouldBe(group.Count);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/s/faith")]
    [InlineData("/people/sam-altman")]
    [InlineData("/people/ilya-sutskever")]
    [InlineData("/companies")]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/map")]
    [InlineData("/source")]
    public async Task A_page_announces_its_own_card_and_the_card_is_served_for_a_year(string path)
    {
        var page = await site.GetDocumentAsync(path);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        var image = Meta("meta[property='og:image']").ShouldNotBeNull(path);
        var url = new Uri(image);
        url.IsAbsoluteUri.ShouldBeTrue();
        url.AbsolutePath.ShouldBe(Cards.ForPage(path)!.ImagePath);
        Meta("meta[property='og:image:width']").ShouldBe("1200");
        Meta("meta[property='og:image:height']").ShouldBe("630");
        Meta("meta[property='og:image:type']").ShouldBe("image/png");
        Meta("meta[property='og:image:alt']").ShouldBe(Cards.ForPage(path)!.AltText);
        Meta("meta[name='twitter:card']").ShouldBe("summary_large_image");
        Meta("meta[name='twitter:image']").ShouldBe(image);
        Meta("meta[name='twitter:image:alt']").ShouldBe(Cards.ForPage(path)!.AltText);

        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(Cards.ForPage(path)!.Png.ToArray());
    }

    [Fact]
    public async Task An_unknown_or_stale_card_address_is_404()
    {
        using var client = site.CreateClient();
        var stale = Cards.ForPage("/s/faith")!.ImagePath.Replace(".png", "0.png", StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri(stale, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
