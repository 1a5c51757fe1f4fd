using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Focusables = "article [data-card], article .note-ref a, article button.copy-link";

    private static ILocator Ref(IPage page, int number) => page.GetByRole(AriaRole.Link, new() { Name = $"注释 {number}", Exact = true });

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Every_mention_note_reference_and_preview_is_reachable_with_Tab(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var unreachable = await page.Locator(Focusables).EvaluateAllAsync<string[]>(
            "els => els.filter(e => e.tabIndex < 0 || e.disabled || !e.getClientRects().length || getComputedStyle(e).visibility !== 'visible').map(e => e.outerHTML.slice(0, 80))");
        unreachable.ShouldBeEmpty();

        // A real walk with Tab through one paragraph meets each of them in reading order, each with a visible focus ring.
        const string Inside = "[data-card], .note-ref a, a.permalink, button.copy-link";
        var count = await page.Locator("#p-30ccba").Locator(Inside).CountAsync();
        count.ShouldBeGreaterThan(8);
        var expected = Enumerable.Range(0, count).ToList();
        await page.Locator("#p-30ccba").EvaluateAsync("p => p.previousElementSibling.querySelector('button.copy-link').focus()");
        var met = new List<int>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                """
                (inside) => { const e = document.activeElement, cs = getComputedStyle(e), p = document.getElementById('p-30ccba');
                              const where = p.contains(e) ? 'in' : e.closest('#card-pop') ? 'card' : 'out';
                              return [where, String([...p.querySelectorAll(inside)].indexOf(e)), cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? 'ring' : 'none', e.outerHTML.slice(0, 120)]; }
                """,
                Inside);
            if (focused[0] == "out")
            {
                break;
            }

            if (focused[0] == "in")
            {
                focused[2].ShouldBe("ring", $"focus ring on {focused[3]}");
                met.Add(int.Parse(focused[1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        met.ShouldBe(expected, "Tab order through the paragraph");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Enter_and_Space_open_a_note_and_Escape_closes_it_and_returns_to_its_reference(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var note = page.Locator("#n-6");
        var wide = width >= 1024;
        var open = new System.Text.RegularExpressions.Regex(@"\bis-open\b");
        foreach (var key in new[] { "Enter", " " })
        {
            await Ref(page, 6).FocusAsync();
            await page.Keyboard.PressAsync(key);
            await Assertions.Expect(note).ToHaveClassAsync(open);
            await Assertions.Expect(note).ToBeVisibleAsync();
            (await page.FocusedAsync()).ShouldBe("n-6", $"{key} moves focus to the note");

            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(note).Not.ToHaveClassAsync(open);
            if (!wide)
            {
                await Assertions.Expect(note).ToBeHiddenAsync();
            }

            (await page.FocusedAsync()).ShouldBe("r-6", "Escape returns to the reference");
        }
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Focus_opens_a_preview_Tab_enters_it_and_Escape_closes_it_keeping_focus(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var mention = page.Locator("article .lead a.mention[data-entity='openai']").First;
        var card = page.Locator("#card-pop");
        await mention.FocusAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.closest('#card-pop') ? document.activeElement.textContent : ''")).ShouldContain("查看条目");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(card).ToBeHiddenAsync();
        (await mention.EvaluateAsync<bool>("m => m === document.activeElement")).ShouldBeTrue("focus back on the mention");

        // A date is no link: Enter and Space show and hide its card.
        var date = page.Locator("#p-30ccba time[data-card]").First;
        await date.FocusAsync();
        await Assertions.Expect(card).ToContainTextAsync("日期");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(card).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card).ToContainTextAsync("日期");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(card).ToBeHiddenAsync();
        (await date.EvaluateAsync<bool>("d => d === document.activeElement")).ShouldBeTrue("focus stays on the date");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Enter_on_a_mention_with_its_card_open_follows_the_link(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var mention = page.Locator("article .lead a.mention[data-entity='openai']").First;
        await mention.FocusAsync();
        await Assertions.Expect(mention).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#card-pop")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectAddressAsync(page, "/companies/openai");
    }

    [Fact]
    public async Task The_first_Tab_offers_a_skip_link_to_the_text()
    {
        var page = await OpenAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        (await skip.IsInViewportAsync(wholly: true)).ShouldBeTrue("the skip link shows when focused");
        await page.Keyboard.PressAsync("Enter");
        (await page.FocusedAsync()).ShouldBe("main");
    }
}
