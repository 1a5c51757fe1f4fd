using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class PreviewTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Card(IPage page) => page.Locator("#card-pop");

    [Theory]
    [MemberData(nameof(Viewports.Wide), MemberType = typeof(Viewports))]
    public async Task Hovering_a_mention_shows_its_card_which_stays_while_the_pointer_is_on_it(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var mention = page.Locator("article .lead a.mention[data-entity='openai']").First;
        await mention.HoverAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        await Assertions.Expect(Card(page)).ToContainTextAsync("美国人工智能研究机构");
        (await mention.GetAttributeAsync("aria-describedby")).ShouldBe("card-pop");

        // From the mention into the card: it stays open, and its link is clickable.
        await Card(page).HoverAsync();
        await page.WaitForTimeoutAsync(600);
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();

        await page.Mouse.MoveAsync(5, height - 5);
        await Assertions.Expect(Card(page)).ToBeHiddenAsync();
        (await mention.GetAttributeAsync("aria-describedby")).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Mentions_dates_and_amounts_preview_inside_the_viewport_without_moving_the_text(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var paragraph = page.Locator("#p-30ccba");
        await paragraph.ScrollIntoViewIfNeededAsync();
        var before = await paragraph.BoundingBoxAsync();
        var triggers = new[]
        {
            (paragraph.Locator("a.mention").Last, "查看条目"),
            (paragraph.Locator("time[data-card]").First, "日期"),
            (paragraph.Locator("data[data-card]").First, "数量"),
        };
        foreach (var (trigger, text) in triggers)
        {
            await trigger.FocusAsync();
            await Assertions.Expect(Card(page)).ToBeVisibleAsync();
            await Assertions.Expect(Card(page)).ToContainTextAsync(text);
            (await Card(page).IsInViewportAsync(wholly: true)).ShouldBeTrue($"card of {await trigger.TextContentAsync()} at {width}px");
            (await trigger.GetAttributeAsync("aria-describedby")).ShouldBe("card-pop");
        }

        var after = await paragraph.BoundingBoxAsync();
        after!.Y.ShouldBe(before!.Y, 0.5);
        after.Height.ShouldBe(before.Height, 0.5);
    }

    [Fact]
    public async Task On_a_phone_the_first_tap_previews_and_a_tap_on_the_card_link_follows_it()
    {
        var page = await OpenAsync("/", 390, 844);
        var mention = page.Locator("article .lead a.mention[data-entity='openai']").First;
        var url = page.Url;
        await mention.TapAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        page.Url.ShouldBe(url, "the first tap does not navigate");

        await page.Locator("article h1").TapAsync();
        await Assertions.Expect(Card(page)).ToBeHiddenAsync();

        await mention.TapAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        await Card(page).GetByRole(AriaRole.Link).TapAsync();
        await ExpectAddressAsync(page, "/companies/openai");
    }
}
