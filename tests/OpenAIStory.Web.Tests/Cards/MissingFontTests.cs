using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Cards;

namespace OpenAIStory.Web.Tests.Cards;

/// <summary>Without a font that covers Chinese the site still starts; its pages simply carry no image.</summary>
public sealed class MissingFontTests
{
    [Theory]
    [InlineData("/no/such/font.ttc", "does not exist")]
    [InlineData("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "does not cover Chinese")]
    public async Task A_bad_font_path_means_pages_without_og_image_never_tofu(string fontPath, string problem)
    {
        if (!File.Exists(fontPath) && !problem.Contains("exist", StringComparison.Ordinal))
        {
            // DejaVu comes with fontconfig on Debian; a machine without it tests the missing file only.
            return;
        }

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("environment", "Development").UseSetting("Cards:FontPath", fontPath));
        var cards = factory.Services.GetRequiredService<ShareCards>();
        cards.All.ShouldBeEmpty();
        cards.Problem.ShouldNotBeNull().ShouldContain(problem);

        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/s/faith", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
        page.QuerySelector("meta[property='og:image']").ShouldBeNull();
        page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content").ShouldBe("summary");
    }

    [Fact]
    public void A_configured_font_collection_picks_its_simplified_Chinese_face()
    {
        const string Collection = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        File.Exists(Collection).ShouldBeTrue("Debian's fonts-noto-cjk is installed (.ci/run installs it)");
        var (fonts, problem) = FontLocator.Locate(new CardOptions { FontPath = Collection });
        problem.ShouldBeNull();
        using (fonts)
        {
            fonts!.Regular.FamilyName.ShouldBe("Noto Sans CJK SC");
            fonts.FakeBold.ShouldBeTrue();
        }
    }
}
