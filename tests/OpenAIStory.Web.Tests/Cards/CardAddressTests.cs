using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests.Cards;

/// <summary>Start-up only lays the cards out: each card's address is a fingerprint of everything that decides its
/// pixels, known before it is drawn; the drawing happens later, once per card, whoever asks first.</summary>
public sealed class CardAddressTests(SiteFactory site)
{
    private IReadOnlyList<ShareCardSpec> Specs()
    {
        var services = site.Services;
        return ShareCardSpecs.For(services.GetRequiredService<SiteMap>().Paths, services.GetRequiredService<ReadingSite>(), services.GetRequiredService<EntityPages>(), services.GetRequiredService<DataViews>());
    }

    private static CardFonts Fonts(string? path = null)
    {
        var (fonts, problem) = FontLocator.Locate(new CardOptions { FontPath = path });
        return fonts ?? throw new InvalidOperationException(problem);
    }

    [Fact]
    public void Laying_out_draws_nothing_and_gives_the_addresses_the_pages_announce()
    {
        using var cards = ShareCards.LayOut(Specs(), Fonts());
        var served = site.Services.GetRequiredService<ShareCards>();
        cards.All.Count.ShouldBe(served.All.Count);
        cards.All.ShouldAllBe(c => !c.IsDrawn);
        cards.All.Select(c => c.ImagePath).ShouldBe(served.All.Select(c => c.ImagePath));

        // Drawn later, a card has exactly the bytes the site serves under the same address.
        foreach (var card in cards.All.Where((_, i) => i % 10 == 0))
        {
            card.Png.ToArray().ShouldBe(served.ForImage(card.ImagePath)!.Png.ToArray(), card.PagePath);
            card.IsDrawn.ShouldBeTrue();
        }

        cards.DrawAll(2, TestContext.Current.CancellationToken).ShouldBe(cards.All.Count - cards.All.Where((_, i) => i % 10 == 0).Count(), "cards asked for first are not drawn again");
        cards.All.ShouldAllBe(c => c.IsDrawn);
    }

    [Fact]
    public void The_address_stays_for_the_same_card_and_changes_with_its_text_or_its_font()
    {
        var spec = Specs().First(s => s.PagePath == "/s/faith");
        string Address(ShareCardSpec s, string? font = null)
        {
            using var cards = ShareCards.LayOut([s], Fonts(font));
            return cards.All.Single().ImagePath;
        }

        var address = Address(spec);
        Address(spec).ShouldBe(address, "the same layout, build and font draw the same pixels");
        Address(spec with { Heading = spec.Heading + "。" }).ShouldNotBe(address);
        Address(spec with { Summary = spec.Summary + "…" }).ShouldNotBe(address);
        Address(spec, "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc").ShouldNotBe(address, "another typeface draws other pixels");
    }

    [Fact]
    public void The_drawing_code_s_identity_is_its_source_as_built_not_the_whole_build()
    {
        // A change elsewhere in the application keeps every card's address (links already shared keep their picture);
        // a change to the drawing code changes them all: the build stamps the hash of that one file.
        var source = File.ReadAllBytes(RepoPaths.Of("src", "OpenAIStory.Web", "Cards", "ShareCardRenderer.cs"));
        ShareCardRenderer.DrawingSource.ShouldBe(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(source)));
    }
}
