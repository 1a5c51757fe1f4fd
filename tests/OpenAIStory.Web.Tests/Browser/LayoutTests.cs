using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

public sealed class LayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] PageKinds = ["/", "/s/faith", "/people/sam-altman", "/people", "/source", "/nowhere", "/timeline", "/figures", "/map"];

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task No_page_scrolls_sideways(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(path);
            await page.SettleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at {width}px");
        }
    }

    [Theory]
    [MemberData(nameof(Viewports.Wide), MemberType = typeof(Viewports))]
    public async Task Side_notes_start_beside_their_lines_and_never_overlap_each_other_or_the_text(int width, int height)
    {
        var page = await OpenAsync("/", width, height);
        var layout = await NoteLayout.MeasureAsync(page);
        layout.ShouldNotOverlap($"{width}px");
        var notes = layout.Notes.Where(n => n.Line is not null).OrderBy(n => n.Top).ToArray();
        notes.Length.ShouldBeGreaterThan(10);
        NoteBox? previous = null;
        foreach (var note in notes)
        {
            var drift = note.Top - note.Line!.Value;
            drift.ShouldBeGreaterThanOrEqualTo(-2, $"{note.Id} sits above its line");
            var aligned = drift <= 12;
            var stacked = previous is not null && Math.Abs(note.Top - (previous.Bottom + layout.Gap)) <= 2;
            (aligned || stacked).ShouldBeTrue($"{note.Id} is {drift:F0}px below its line and not just below {previous?.Id}");
            previous = note;
        }

        // Dense paragraphs push notes down, but never far: compact notes keep the whole column near its text.
        layout.MedianDrift.ShouldBeLessThan(150, "median distance from note to its line");
        layout.Drifts.Max().ShouldBeLessThan(height, "worst distance from note to its line");

        // Opening a long note makes room for it: the notes below it move down, still clear of each other.
        await page.GetByRole(AriaRole.Link, new() { Name = "注释 6", Exact = true }).ClickAsync();
        await page.Locator("#n-6.is-open").WaitForAsync();
        var opened = await NoteLayout.MeasureAsync(page);
        opened.ShouldNotOverlap($"{width}px with note 6 open");
        var six = opened.Notes.Single(n => n.Id == "n-6");
        (six.Bottom - six.Top).ShouldBeGreaterThan(100, "note 6 opened in full");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task The_text_is_set_for_comfortable_Chinese_reading_and_scripts_do_not_move_it(int width, int height)
    {
        const string Column = "() => { const p = document.querySelector('article .lead p'), r = p.getBoundingClientRect(), cs = getComputedStyle(p); return [r.left, r.width, parseFloat(cs.fontSize), parseFloat(cs.lineHeight)]; }";
        var plain = await OpenAsync("/", width, height, configure: o => o.JavaScriptEnabled = false);
        var without = await plain.EvaluateAsync<double[]>(Column);

        var page = await OpenAsync("/", width, height);
        var with = await page.EvaluateAsync<double[]>(Column);
        with[0].ShouldBe(without[0], 0.5, "left edge of the text");
        with[1].ShouldBe(without[1], 0.5, "width of the text");

        var shift = await page.EvaluateAsync<double>("""
            () => new Promise((resolve) => {
              let sum = 0;
              new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(sum), 100);
            })
            """);
        shift.ShouldBeLessThan(0.02, "cumulative layout shift while loading");

        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('article p')).fontFamily")).ShouldContain("Noto Sans CJK SC");
        var (measure, size, lineHeight) = (with[1], with[2], with[3]);
        size.ShouldBeGreaterThanOrEqualTo(16);
        (lineHeight / size).ShouldBeInRange(1.7, 1.9);
        (measure / size).ShouldBeLessThanOrEqualTo(36.5, "characters per line");
        if (width >= 1024)
        {
            (measure / size).ShouldBeGreaterThanOrEqualTo(30, "characters per line on a wide screen");
        }
    }
}
