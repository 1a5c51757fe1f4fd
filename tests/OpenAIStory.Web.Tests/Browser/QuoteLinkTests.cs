using Microsoft.Playwright;
using SkiaSharp;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Quote links: select words in a paragraph, copy a link with a text fragment, open it and land on the words, highlighted.</summary>
public sealed class QuoteLinkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Selects a phrase of a paragraph in the given section that occurs once on the page, from one text node; returns the paragraph id and the phrase.</summary>
    private const string SelectPhrase = """
        (section) => {
          const page = document.body.innerText;
          for (const p of document.querySelectorAll(`section#${section} p[id^="p-"]`)) {
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) => n.parentElement === p ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP });
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.data;
              if (text.length < 24) continue;
              const phrase = text.slice(6, 16);
              if (/\s/.test(phrase) || page.indexOf(phrase) !== page.lastIndexOf(phrase)) continue;
              p.scrollIntoView({ block: 'center' }); // a reader selects what is on screen
              const range = document.createRange();
              range.setStart(n, 6);
              range.setEnd(n, 16);
              const selection = getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return [p.id, phrase];
            }
          }
          return null;
        }
        """;

    /// <summary>Selects from the first paragraph of 信仰 into the second.</summary>
    private const string SelectAcrossParagraphs = """
        () => {
          const [a, b] = document.querySelectorAll('section#faith p[id^="p-"]');
          const range = document.createRange();
          range.setStart(a.firstChild, 1);
          range.setEnd(b.firstChild, 2);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }
        """;

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Selecting_a_phrase_copies_a_quote_link_that_lands_on_the_phrase_highlighted(int width, int height)
    {
        var page = await OpenAsync("/", width, height, configure: o => o.Permissions = ["clipboard-read", "clipboard-write"]);
        var picked = await page.EvaluateAsync<string[]>(SelectPhrase, "takeover");
        picked.ShouldNotBeNull();
        var (id, phrase) = (picked[0], picked[1]);

        var button = page.GetByRole(AriaRole.Button, new() { Name = "复制引用链接" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        (await button.EvaluateAsync<string>("b => b.closest('p').id")).ShouldBe(id, "the control sits in the paragraph, after the selection in tab order");
        var size = (await button.BoundingBoxAsync())!;
        size.Height.ShouldBeGreaterThanOrEqualTo(44, "a touch target");
        (await button.IsInViewportAsync(wholly: true)).ShouldBeTrue();

        // Keyboard: the control takes focus and Enter copies.
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已复制引用链接：“" })).ToBeVisibleAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var prefix = new Uri(Fixture.BaseAddress, "/").ToString() + "#" + id + ":~:text=";
        copied.ShouldStartWith(prefix);
        // The selection, widened to whole words (browsers match text fragments only at word boundaries).
        var quoted = Uri.UnescapeDataString(copied[prefix.Length..]);
        quoted.ShouldContain(phrase);
        quoted.Length.ShouldBeLessThan(phrase.Length + 8);
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain(quoted[..Math.Min(quoted.Length, 17)]);
        phrase = quoted;

        // Opening the link lands on the phrase, highlighted by the browser (::target-text), not on the top of the page.
        var landed = await page.Context.NewPageAsync();
        await landed.GotoAsync(copied);
        await landed.SettleAsync();
        await landed.WaitForFunctionAsync("() => scrollY > 300");
        // Let the landing flash of the paragraph fade, so that only the text fragment's highlight remains.
        await landed.WaitForFunctionAsync("(id) => !document.getElementById(id).classList.contains('flash')", id, new() { Timeout = 10_000 });
        await landed.WaitForTimeoutAsync(300);
        var rects = await landed.EvaluateAsync<double[]>(
            """
            ([id, phrase]) => {
              const p = document.getElementById(id);
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const at = n.data.indexOf(phrase);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, at + 4);
                const r = range.getClientRects()[0];
                // Three characters next to the phrase, not part of it: before it, or after it at the start of a text node.
                const rest = document.createRange();
                if (at >= 3) { rest.setStart(n, at - 3); rest.setEnd(n, at); } else { rest.setStart(n, at + phrase.length); rest.setEnd(n, at + phrase.length + 3); }
                const o = rest.getClientRects()[0];
                return [r.x, r.y, r.width, r.height, o.x, o.y, o.width, o.height];
              }
              return null;
            }
            """,
            new[] { id, phrase });
        rects.ShouldNotBeNull();
        rects[1].ShouldBeInRange(0, height - rects[3], "the phrase is in view");
        var highlighted = await HighlightShareAsync(landed, rects[0], rects[1], rects[2], rects[3]);
        var before = await HighlightShareAsync(landed, rects[4], rects[5], rects[6], rects[7]);
        highlighted.ShouldBeGreaterThan(0.3, "the phrase has the text-fragment highlight");
        before.ShouldBeLessThan(0.05, "the words before the phrase do not");
        await landed.CloseAsync();
    }

    [Fact]
    public async Task No_control_for_a_selection_outside_a_paragraph_or_across_paragraphs()
    {
        var page = await OpenAsync("/");
        await page.EvaluateAsync(SelectAcrossParagraphs);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        (await page.GetByRole(AriaRole.Button, new() { Name = "复制引用链接" }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_control_leaves_when_the_selection_spans_paragraphs_or_lies_outside_one()
    {
        // The control first shows for words in one paragraph (so the module is loaded and listening), then each
        // selection that is not within one paragraph must take it away.
        var page = await OpenAsync("/");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "复制引用链接", IncludeHidden = true });
        (await page.EvaluateAsync<string[]>(SelectPhrase, "faith")).ShouldNotBeNull();
        await Assertions.Expect(button).ToBeVisibleAsync();

        await page.EvaluateAsync(SelectAcrossParagraphs);
        await Assertions.Expect(button).ToBeHiddenAsync();

        (await page.EvaluateAsync<string[]>(SelectPhrase, "faith")).ShouldNotBeNull();
        await Assertions.Expect(button).ToBeVisibleAsync();
        await page.EvaluateAsync("""
            () => {
              const heading = document.querySelector('section#faith h2 span');
              const range = document.createRange();
              range.selectNodeContents(heading);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            }
            """);
        await Assertions.Expect(button).ToBeHiddenAsync();
    }

    /// <summary>The share of pixels in a rectangle of the viewport painted in the text-fragment highlight (--accent-soft).</summary>
    private static async Task<double> HighlightShareAsync(IPage page, double x, double y, double width, double height)
    {
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = (float)x, Y = (float)y, Width = (float)width, Height = (float)height } });
        using var bitmap = SKBitmap.Decode(png);
        var highlight = SKColor.Parse("#f3e4df");
        var hits = 0;
        for (var py = 0; py < bitmap.Height; py++)
        {
            for (var px = 0; px < bitmap.Width; px++)
            {
                var c = bitmap.GetPixel(px, py);
                if (Math.Abs(c.Red - highlight.Red) + Math.Abs(c.Green - highlight.Green) + Math.Abs(c.Blue - highlight.Blue) < 12)
                {
                    hits++;
                }
            }
        }

        return hits / (double)(bitmap.Width * bitmap.Height);
    }
}
