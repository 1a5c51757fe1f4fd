using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class NotesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Ref(IPage page, int number) => page.GetByRole(AriaRole.Link, new() { Name = $"注释 {number}", Exact = true });

    private static Task<double> HeightAsync(ILocator note) => note.EvaluateAsync<double>("n => n.getBoundingClientRect().height");

    private static Task<double> LineHeightAsync(ILocator note) => note.EvaluateAsync<double>("n => parseFloat(getComputedStyle(n).lineHeight)");

    [Theory]
    [MemberData(nameof(Viewports.Wide), MemberType = typeof(Viewports))]
    public async Task Wide_notes_are_two_line_previews_that_open_one_at_a_time(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var six = page.Locator("#n-6");
        var seven = page.Locator("#n-7");
        (await HeightAsync(six)).ShouldBeLessThanOrEqualTo(2 * await LineHeightAsync(six) + 1, "a folded note shows two lines");

        // Folding is visual only: the whole note, sources included, stays in the accessibility tree.
        var folded = await six.AriaSnapshotAsync();
        folded.ShouldContain("来源");
        folded.ShouldContain("link \"返回正文\"");

        await Ref(page, 6).ClickAsync();
        await Assertions.Expect(six).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-open\b"));
        (await HeightAsync(six)).ShouldBeGreaterThan(4 * await LineHeightAsync(six), "the opened note shows in full");
        (await page.FocusedAsync()).ShouldBe("n-6");
        await Assertions.Expect(six.Locator(".note-sources a").First).ToBeVisibleAsync();

        await Ref(page, 7).ClickAsync();
        await Assertions.Expect(seven).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-open\b"));
        (await six.GetAttributeAsync("class"))!.ShouldNotContain("is-open", Case.Sensitive, "opening note 7 folds note 6");
        (await HeightAsync(six)).ShouldBeLessThanOrEqualTo(2 * await LineHeightAsync(six) + 1);
    }

    [Theory]
    [MemberData(nameof(Viewports.Wide), MemberType = typeof(Viewports))]
    public async Task Clicking_a_folded_note_opens_it_and_Escape_folds_it_back(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var note = page.Locator("#n-4");
        await note.Locator(".note-body").ClickAsync();
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-open\b"));
        (await NoteLayout.MeasureAsync(page)).ShouldNotOverlap("after opening note 4 by clicking it");

        await note.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(note).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-open\b"));
        (await page.FocusedAsync()).ShouldBe("r-4", "Escape returns to the reference");
    }

    [Fact]
    public async Task On_a_phone_a_tap_opens_the_note_after_its_paragraph_and_a_second_tap_closes_it()
    {
        var page = await OpenAsync("/", 390, 844);
        var note = page.Locator("#n-6");
        var reference = Ref(page, 6);
        await Assertions.Expect(note).ToBeHiddenAsync();
        (await page.Locator("article .note").EvaluateAllAsync<int>("ns => ns.filter(n => n.getClientRects().length).length")).ShouldBe(0, "notes start folded");
        (await reference.GetAttributeAsync("aria-expanded")).ShouldBe("false");

        await reference.TapAsync();
        await Assertions.Expect(note).ToBeVisibleAsync();
        (await reference.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await page.FocusedAsync()).ShouldBe("n-6");
        var below = await note.EvaluateAsync<bool>("n => { const p = n.closest('.notes').previousElementSibling; return p.contains(document.getElementById('r-6')) && n.getBoundingClientRect().top >= p.getBoundingClientRect().bottom - 1; }");
        below.ShouldBeTrue("the note opens right after its paragraph");
        (await page.Locator("article .note").EvaluateAllAsync<int>("ns => ns.filter(n => n.getClientRects().length).length")).ShouldBe(1, "only the tapped note opens");

        await reference.TapAsync();
        await Assertions.Expect(note).ToBeHiddenAsync();
        (await reference.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.FocusedAsync()).ShouldBe("r-6");
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Without_scripts_every_note_follows_its_paragraph(int width, int height)
    {
        var page = await OpenAsync("/", width, height, configure: o => o.JavaScriptEnabled = false);
        var misplaced = await page.Locator("article .notes").EvaluateAllAsync<string[]>("""
            gs => gs.filter(g => { const p = g.previousElementSibling, r = g.getBoundingClientRect();
                                   return !g.getClientRects().length || getComputedStyle(g).position !== 'static' || r.top < p.getBoundingClientRect().bottom - 1; })
                    .map(g => g.getAttribute('aria-label'))
            """);
        misplaced.ShouldBeEmpty();
        (await page.Locator("article .note").EvaluateAllAsync<int>("ns => ns.filter(n => !n.getClientRects().length).length")).ShouldBe(0, "every note is readable");

        await Ref(page, 6).ClickAsync();
        page.Url.ShouldEndWith("#n-6");
        (await page.Locator("#n-6").IsInViewportAsync()).ShouldBeTrue();
    }
}
