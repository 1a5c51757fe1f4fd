using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, int, ColorScheme> Pages => new()
    {
        { "/", 1440, ColorScheme.Light },
        { "/", 1440, ColorScheme.Dark },
        { "/", 390, ColorScheme.Light },
        { "/s/faith", 1024, ColorScheme.Light },
        { "/people/sam-altman", 1440, ColorScheme.Light },
        { "/people", 1440, ColorScheme.Dark },
        { "/source", 1440, ColorScheme.Light },
        { "/nowhere", 390, ColorScheme.Light },
        { "/timeline", 1440, ColorScheme.Light },
        { "/timeline", 390, ColorScheme.Dark },
        { "/figures", 1024, ColorScheme.Light },
        { "/figures", 390, ColorScheme.Dark },
        { "/map", 1440, ColorScheme.Dark },
        { "/map", 390, ColorScheme.Light },
    };

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task ShouldPassAxeAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}"))).ToList();
        found.ShouldBeEmpty($"axe-core on {where}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string path, int width, ColorScheme scheme)
    {
        var page = await OpenAsync(path, width, width < 600 ? 844 : 900, scheme);
        await ShouldPassAxeAsync(page, $"{path} at {width}px, {scheme}");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_a_phone_in_dark_mode_with_a_note_and_a_preview_open()
    {
        var page = await OpenAsync("/", 390, 844, ColorScheme.Dark);
        await page.GetByRole(AriaRole.Link, new() { Name = "注释 6", Exact = true }).TapAsync();
        await page.Locator("#p-30ccba time[data-card]").First.FocusAsync();
        await Assertions.Expect(page.Locator("#n-6")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#card-pop")).ToBeVisibleAsync();
        await ShouldPassAxeAsync(page, "/ at 390px, dark, with note 6 and a card open");
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Notes_are_tied_to_their_references_for_assistive_technology(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var loose = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('article .note-ref a')].filter((a) => {
              const id = a.hash.slice(1), n = document.getElementById(id);
              return !n || n.getAttribute('role') !== 'note' || a.getAttribute('aria-controls') !== id
                || a.getAttribute('aria-label') !== '注释 ' + n.querySelector('.note-num').textContent.trim()
                || !n.querySelector(`a.note-back[href="#${a.id}"]`);
            }).map((a) => a.outerHTML)
            """);
        loose.ShouldBeEmpty();
        (await page.Locator("article .note-ref a").CountAsync()).ShouldBeGreaterThan(10);
        var reference = page.GetByRole(AriaRole.Link, new() { Name = "注释 6", Exact = true });
        if (width < 1024)
        {
            (await reference.GetAttributeAsync("aria-expanded")).ShouldBe("false", "a phone reference says whether its note is open");
        }
        else
        {
            (await reference.GetAttributeAsync("aria-expanded")).ShouldBeNull("side notes are always there for assistive technology; nothing to expand");
        }

        // Each note group is a complementary landmark with its own name.
        var labels = await page.Locator("article aside.notes").EvaluateAllAsync<string[]>("gs => gs.map(g => g.getAttribute('aria-label'))");
        labels.Distinct().Count().ShouldBe(labels.Length);
    }

    [Fact]
    public async Task Nothing_is_announced_twice()
    {
        var page = await OpenAsync("/", configure: o => o.Permissions = ["clipboard-read", "clipboard-write"]);
        var tree = await page.Locator("body").AriaSnapshotAsync();
        var noteText = (await page.Locator("#n-6 .note-body").TextContentAsync())!.Trim()[..20];
        Count(tree, noteText).ShouldBe(1, "a note is read once, where it stands");
        Count(tree, "美国人工智能研究机构").ShouldBe(0, "card templates stay out of the tree until shown");

        // Headings and their sections are named by their titles, not by the link and button they hold.
        foreach (var title in new[] { "信仰：AGI神教", "附言" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true, Level = 2 })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "信仰：AGI神教", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "深色", Exact = true })).ToHaveCountAsync(1);

        await page.Locator("article .lead a.mention[data-entity='openai']").First.FocusAsync();
        await Assertions.Expect(page.Locator("#card-pop")).ToBeVisibleAsync();
        Count(await page.Locator("body").AriaSnapshotAsync(), "美国人工智能研究机构").ShouldBe(1, "an open card is in the tree once");

        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#p-30ccba button.copy-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已复制链接" });
        await Assertions.Expect(status).ToHaveCountAsync(1);
        (await page.Locator("[aria-live], [role='status'], [role='alert']").CountAsync()).ShouldBe(1, "one live region on the reading page");
    }
}
