using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class SharingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static Task<string> IdAsync(IPage page, string selector) => page.Locator(selector).First.GetAttributeAsync("id")!;

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Every_section_and_paragraph_has_a_copy_link_control(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var missing = await page.EvaluateAsync<string[]>("""
            () => {
              const targets = [...document.querySelectorAll('.toc a[href^="#"]')].map((a) => document.getElementById(a.hash.slice(1)))
                .concat([...document.querySelectorAll('article p[id^="p-"]')]);
              return targets.filter((t) => {
                const b = t.querySelector(`button.copy-link[data-href="#${t.id}"]`);
                return !b || b.hidden || !b.getClientRects().length || b.closest('h2, p') !== (t.matches('p') ? t : t.querySelector('h2'));
              }).map((t) => t.id);
            }
            """);
        missing.ShouldBeEmpty();
        (await page.Locator("article section").CountAsync()).ShouldBeGreaterThan(2);

        var button = page.Locator("section#faith h2 button.copy-link");
        await button.FocusAsync();
        await Assertions.Expect(button).ToHaveCSSAsync("opacity", "1");
        (await button.GetAttributeAsync("title")).ShouldBe("复制链接");
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Copy_link_puts_the_paragraph_address_on_the_clipboard_and_says_so(int width, int height)
    {
        var page = await OpenAsync("/", width, height, configure: o => o.Permissions = ["clipboard-read", "clipboard-write"]);
        var id = await IdAsync(page, "section#takeover p[id^='p-']");
        await page.Locator($"#{id} button.copy-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已复制链接" })).ToBeVisibleAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        copied.ShouldBe(new Uri(Fixture.BaseAddress, "/#" + id).ToString());
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task A_link_to_a_paragraph_or_section_lands_on_it_briefly_highlighted(int width, int height)
    {
        var paragraph = await ParagraphIdAsync("section#breakout p[id^='p-']:not(:first-of-type)");
        var page = await OpenAsync($"/#{paragraph}", width, height, initScript: Highlights.Recorder);
        await ShouldHaveLandedAsync(page, paragraph);

        // The same when the hash changes on the page (a click on a contents or permalink).
        await page.EvaluateAsync("() => { location.hash = 'faith'; }");
        await ShouldHaveLandedAsync(page, "faith-heading");
    }

    [Fact]
    public async Task A_section_page_opens_on_its_section()
    {
        var page = await OpenAsync("/s/faith", 390, 844, initScript: Highlights.Recorder);
        (await Highlights.OfAsync(page, "faith-heading")).Duration.ShouldBeInRange(200, 3000, "the section is briefly highlighted");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "信仰：AGI神教", Level = 2 }).IsInViewportAsync()).ShouldBeTrue();
        (await page.Locator("section#faith p").First.IsInViewportAsync()).ShouldBeTrue();
    }

    private static async Task ShouldHaveLandedAsync(IPage page, string id)
    {
        var highlight = await Highlights.OfAsync(page, id);
        highlight.Duration.ShouldBeInRange(200, 3000, $"#{id}: a brief highlight");
        await page.WaitForFunctionAsync("(id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 3; }", id);
        (await page.ScrollYAsync()).ShouldBeGreaterThan(200, $"#{id} is not at the top of the page");
        (await page.Locator($"#{id}").IsInViewportAsync()).ShouldBeTrue();
    }

    private async Task<string> ParagraphIdAsync(string selector)
    {
        using var http = new HttpClient { BaseAddress = Fixture.BaseAddress };
        var document = await new HtmlParser().ParseDocumentAsync(await http.GetStringAsync(new Uri("/", UriKind.Relative)));
        return document.QuerySelector(selector)!.Id!;
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task A_link_to_a_note_opens_it_in_view(int width, int height)
    {
        var page = await OpenAsync("/#n-20", width, height);
        var note = page.Locator("#n-20");
        await Assertions.Expect(note).ToBeVisibleAsync();
        (await note.IsInViewportAsync()).ShouldBeTrue();
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-open\b"));
        (await page.FocusedAsync()).ShouldBe("n-20");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task A_dead_paragraph_link_lands_on_the_article_with_a_notice(int width, int height)
    {
        var page = await OpenAsync("/#p-000000", width, height);
        var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "段落链接已失效" });
        await Assertions.Expect(notice).ToBeVisibleAsync();
        (await notice.IsInViewportAsync(wholly: true)).ShouldBeTrue("the notice is in view");
        (await page.Locator("article.reading").EvaluateAsync<bool>("a => a === document.activeElement")).ShouldBeTrue("focus on the article");
        var landed = await page.EvaluateAsync<double>("() => document.querySelector('article.reading').getBoundingClientRect().top");
        landed.ShouldBeInRange(-1, 60, "the article starts at the top of the view");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task A_text_fragment_link_to_a_Chinese_passage_scrolls_to_it(int width, int height)
    {
        const string Passage = "这是一段用美元堆出来的理想主义故事";
        var page = await OpenAsync("/#:~:text=" + Uri.EscapeDataString(Passage), width, height);
        var paragraph = page.Locator("article p").Filter(new() { HasText = Passage }).First;
        await page.WaitForFunctionAsync("() => scrollY > 0");
        (await paragraph.IsInViewportAsync()).ShouldBeTrue();
        (await page.ScrollYAsync()).ShouldBeGreaterThan(500);
        (await page.Locator(".notice").CountAsync()).ShouldBe(0, "no dead-link notice for a text fragment");
    }
}
