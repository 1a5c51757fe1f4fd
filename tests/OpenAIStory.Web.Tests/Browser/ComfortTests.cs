using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class ComfortTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Background = "() => getComputedStyle(document.body).backgroundColor";

    /// <summary>Relative luminance (0 black … 1 white) of a computed rgb() colour.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)].Split(',');
        var channels = parts.Take(3).Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task The_contents_and_the_progress_bar_show_where_the_reader_is(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        const string Progress = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(new DOMMatrix(getComputedStyle(document.querySelector('.reading-progress')).transform).a))))";
        await Assertions.Expect(page.Locator(".reading-progress")).Not.ToHaveAttributeAsync("hidden", "");
        (await page.EvaluateAsync<double>(Progress)).ShouldBeLessThan(0.05, "at the top");

        var toc = page.GetByRole(AriaRole.Navigation, new() { Name = "目录" });
        var current = toc.Locator("a[aria-current='true']");
        var progress = 0.0;
        foreach (var (section, name) in new[] { ("faith", "信仰"), ("takeover", "接盘"), ("breakout", "突围"), ("faith", "信仰") })
        {
            await page.Locator($"#{section} > h2").EvaluateAsync("h => h.scrollIntoView({ block: 'start' })");
            await Assertions.Expect(current).ToHaveCountAsync(1);
            await Assertions.Expect(current).ToContainTextAsync(name);
            (await current.GetAttributeAsync("href")).ShouldBe($"#{section}");
            if (section == "breakout")
            {
                var further = await page.EvaluateAsync<double>(Progress);
                further.ShouldBeGreaterThan(progress, "the bar grows as the reader goes on");
                further.ShouldBeInRange(0.2, 0.95);
                if (width >= 1152)
                {
                    (await toc.IsInViewportAsync()).ShouldBeTrue("the contents stay in the left margin while reading");
                }
            }

            progress = await page.EvaluateAsync<double>(Progress);
        }

        await page.EvaluateAsync("() => scrollTo(0, document.documentElement.scrollHeight)");
        (await page.EvaluateAsync<double>(Progress)).ShouldBeGreaterThan(0.99, "at the end");
    }

    [Fact]
    public async Task Dark_mode_follows_the_system()
    {
        var page = await OpenAsync("/", scheme: ColorScheme.Dark);
        Luminance(await page.EvaluateAsync<string>(Background)).ShouldBeLessThan(0.05);
        (await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed")).ShouldBe("true");
        Luminance(await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('article .lead p')).color")).ShouldBeGreaterThan(0.5);
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task The_theme_toggle_switches_and_is_remembered(int width, int height)
    {
        var page = await OpenAsync("/", width, height, isolated: true);
        var light = Luminance(await page.EvaluateAsync<string>(Background));
        light.ShouldBeGreaterThan(0.8);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "深色" });
        (await toggle.GetAttributeAsync("aria-pressed")).ShouldBe("false");

        await toggle.ClickAsync();
        (await page.Locator("html").GetAttributeAsync("data-theme")).ShouldBe("dark");
        (await toggle.GetAttributeAsync("aria-pressed")).ShouldBe("true");
        Luminance(await page.EvaluateAsync<string>(Background)).ShouldBeLessThan(0.05);

        await page.ReloadAsync();
        await page.SettleAsync();
        (await page.Locator("html").GetAttributeAsync("data-theme")).ShouldBe("dark", "remembered across loads");
        Luminance(await page.EvaluateAsync<string>(Background)).ShouldBeLessThan(0.05);

        await page.GetByRole(AriaRole.Button, new() { Name = "深色" }).ClickAsync();
        (await page.Locator("html").GetAttributeAsync("data-theme")).ShouldBeNull("back to following the system");
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('theme')")).ShouldBeNull();
        Luminance(await page.EvaluateAsync<string>(Background)).ShouldBeGreaterThan(0.8);
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Print_shows_notes_as_footnotes_and_link_targets_and_hides_the_chrome(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var hidden = await page.EvaluateAsync<string[]>("""
            () => ['.site-header nav', '.toc', '.theme-toggle', '.reading-progress', '.copy-link', '.skip-link']
                  .filter((s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none'))
            """);
        hidden.ShouldBeEmpty("chrome that must not print");

        var notes = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('article .note')].filter((n) => {
              const g = n.closest('.notes'), p = g.previousElementSibling, cs = getComputedStyle(n);
              return !n.getClientRects().length || cs.position !== 'static' || cs.overflow !== 'visible'
                || g.getBoundingClientRect().top < p.getBoundingClientRect().bottom - 1
                || parseFloat(cs.fontSize) >= parseFloat(getComputedStyle(p).fontSize);
            }).map((n) => n.id)
            """);
        notes.ShouldBeEmpty("notes that do not print as small footnotes after their paragraph");
        (await page.Locator("#n-6 .note-sources").IsVisibleAsync()).ShouldBeTrue("sources print");

        var after = await page.Locator("article a[href^='http']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        after.ShouldContain("http");
    }

    [Fact]
    public async Task Reduced_motion_gets_a_still_highlight()
    {
        var page = await OpenAsync("/#faith", configure: o => o.ReducedMotion = ReducedMotion.Reduce, initScript: Highlights.Recorder);
        var highlight = await Highlights.OfAsync(page, "faith-heading");
        highlight.Duration.ShouldBe(0, "no animation");
        highlight.Background.ShouldNotBe("rgba(0, 0, 0, 0)", "a static highlight");
        (await page.EvaluateAsync<int>("() => document.getAnimations().filter((a) => a.playState === 'running').length")).ShouldBe(0, "nothing moves");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior")).ShouldBe("auto");
    }
}
