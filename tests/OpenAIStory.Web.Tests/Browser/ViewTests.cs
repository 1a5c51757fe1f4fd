using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>The timeline, the ledger and the map in a real browser: readable on a phone, in dark mode and in print.</summary>
public sealed class ViewTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, int, int> ViewsAtWidths()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var path in new[] { "/timeline", "/figures", "/map" })
        {
            data.Add(path, 1440, 900);
            data.Add(path, 1024, 768);
            data.Add(path, 390, 844);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ViewsAtWidths))]
    public async Task Charts_fit_their_column_and_their_labels_are_legible(string path, int width, int height)
    {
        var page = await OpenAsync(path, width, height);
        var figure = await page.Locator("figure.viz").First.BoundingBoxAsync();
        figure!.Width.ShouldBeLessThanOrEqualTo(width);
        var svg = await page.Locator("figure.viz svg").First.BoundingBoxAsync();
        svg!.Height.ShouldBeGreaterThan(100);
        // On the map the drawing may be wider than a phone: it scrolls inside its own frame, the page does not.
        var pageOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        pageOverflow.ShouldBeLessThanOrEqualTo(0);
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('figure.viz svg text')].map(t => t.getBoundingClientRect().height).filter(h => h > 0))");
        smallest.ShouldBeGreaterThan(path == "/map" && width < 600 ? 9 : 6, $"label height on {path} at {width}px");
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/map")]
    public async Task Dark_mode_recolours_the_drawing(string path)
    {
        var light = await OpenAsync(path, scheme: ColorScheme.Light);
        var dark = await OpenAsync(path, scheme: ColorScheme.Dark);
        const string textColour = "() => getComputedStyle(document.querySelector('figure.viz svg text')).fill";
        (await dark.EvaluateAsync<string>(textColour)).ShouldNotBe(await light.EvaluateAsync<string>(textColour));
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/figures")]
    [InlineData("/map")]
    public async Task Print_keeps_the_chart_and_its_table(string path)
    {
        var page = await OpenAsync(path, isolated: true);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator("figure.viz svg").First.IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("table.view-table").First.IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".site-header nav").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_date_card_leads_to_its_event_on_the_timeline()
    {
        var page = await OpenAsync("/", isolated: true);
        var date = page.Locator("time[data-card]").First;
        await date.FocusAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "在时间线上查看" });
        await link.First.WaitForAsync();
        var href = await link.First.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        (await page.Locator($"#{href!.Split('#')[1]}").IsVisibleAsync()).ShouldBeTrue();
    }
}
