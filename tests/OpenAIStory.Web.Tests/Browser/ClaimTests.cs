using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Verdict marks open their explanation the way mentions open their cards (mouse, keyboard, touch), lead to
/// the ledger without scripts, and the ledger filters by verdict and passes axe.</summary>
public sealed class ClaimTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Card(IPage page) => page.Locator("#card-pop");

    private static ILocator FirstWrong(IPage page) => page.Locator("article sup.claim-ref.v-wrong a, article sup.claim-ref.v-inaccurate a").First;

    [Fact]
    public async Task Hovering_a_verdict_mark_shows_the_finding_from_the_ledger()
    {
        var page = await OpenAsync("/", 1440, 900);
        var mark = FirstWrong(page);
        await mark.HoverAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        await Assertions.Expect(Card(page).Locator(".verdict-badge")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("错误|不准确"));
        await Assertions.Expect(Card(page).Locator(".claim-said")).ToContainTextAsync("文章称");
        await Assertions.Expect(Card(page).GetByRole(AriaRole.Link, new() { Name = "在核查总表中查看 →" })).ToBeVisibleAsync();
        (await mark.GetAttributeAsync("aria-describedby")).ShouldBe("card-pop");
    }

    [Fact]
    public async Task Focus_opens_a_verdict_card_and_Escape_closes_it()
    {
        var page = await OpenAsync("/", 1440, 900);
        var mark = FirstWrong(page);
        await mark.FocusAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        (await mark.GetAttributeAsync("aria-label")).ShouldStartWith("核查：");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Card(page)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_first_tap_shows_the_card_and_the_second_goes_to_the_ledger_row()
    {
        var page = await OpenAsync("/", 390, 844);
        var mark = FirstWrong(page);
        var href = await mark.GetAttributeAsync("href") ?? "";
        await mark.TapAsync();
        await Assertions.Expect(Card(page)).ToBeVisibleAsync();
        await mark.TapAsync();
        await ExpectAddressAsync(page, System.Text.RegularExpressions.Regex.Escape(href));
        var row = page.Locator("tr" + href[href.IndexOf('#', StringComparison.Ordinal)..]);
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Link).Last).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/#p-"));
    }

    [Fact]
    public async Task Without_scripts_a_verdict_mark_is_a_link_to_its_ledger_row()
    {
        var page = await OpenAsync("/", 1440, 900, configure: o => o.JavaScriptEnabled = false);
        var mark = FirstWrong(page);
        await mark.ClickAsync();
        await ExpectAddressAsync(page, "/checks#c-[^/#]+");
        await Assertions.Expect(page.Locator("tr:target .note-body")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_ledger_filters_by_verdict_and_says_how_many_rows_show()
    {
        var page = await OpenAsync("/checks", 1440, 900);
        var all = await page.Locator("tr.claim-row").CountAsync();
        all.ShouldBeGreaterThan(100);
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^错误") }).CheckAsync();
        var shown = page.Locator("tr.claim-row:visible");
        (await shown.CountAsync()).ShouldBeLessThan(all);
        foreach (var verdict in await shown.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.verdict)"))
        {
            verdict.ShouldBe("wrong");
        }

        await Assertions.Expect(page.Locator(".filter-status")).ToContainTextAsync("错误");
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^全部") }).CheckAsync();
        (await page.Locator("tr.claim-row:visible").CountAsync()).ShouldBe(all);
    }

    [Theory]
    [InlineData(1440, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_on_the_ledger(int width, ColorScheme scheme)
    {
        var page = await OpenAsync("/checks", width, 900, scheme);
        var result = await page.RunAxe();
        result.Violations.ShouldBeEmpty(string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Nodes.Length} nodes ({v.Nodes.FirstOrDefault()?.Html})")));
    }
}
