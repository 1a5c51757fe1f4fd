using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;
using SkiaSharp;

namespace OpenAIStory.Web.Tests.Cards;

/// <summary>What the cards draw: every character in the chosen font (no missing-glyph boxes), and ink in every text box.</summary>
public sealed class CardDrawingTests(SiteFactory site)
{
    private IReadOnlyList<ShareCardSpec> Specs()
    {
        var services = site.Services;
        return ShareCardSpecs.For(services.GetRequiredService<SiteMap>().Paths, services.GetRequiredService<ReadingSite>(), services.GetRequiredService<EntityPages>(), services.GetRequiredService<DataViews>());
    }

    [Fact]
    public void The_system_CJK_font_is_found_through_fontconfig()
    {
        var (fonts, problem) = FontLocator.Locate(new CardOptions());
        problem.ShouldBeNull();
        using (fonts)
        {
            fonts!.Regular.FamilyName.ShouldContain("CJK");
            fonts.Bold.FontWeight.ShouldBeGreaterThanOrEqualTo((int)SKFontStyleWeight.SemiBold);
        }
    }

    [Fact]
    public void The_chosen_font_has_a_glyph_for_every_character_drawn()
    {
        var (fonts, _) = FontLocator.Locate(new CardOptions());
        using (fonts)
        using (var renderer = new ShareCardRenderer(fonts!))
        {
            foreach (var spec in Specs())
            {
                var layout = renderer.Layout(spec);
                layout.Lines.Count.ShouldBeGreaterThanOrEqualTo(4, spec.PagePath);
                foreach (var line in layout.Lines)
                {
                    line.MissingGlyphs.ShouldBe(0, $"{spec.PagePath}: {line.Text}");
                    using var font = new SKFont(line.Font.Typeface);
                    font.ContainsGlyphs(line.Text).ShouldBeTrue($"{spec.PagePath}: {line.Text}");
                }

                var first = spec.Heading[0];
                layout.Lines.Any(l => l.Text[0] == first).ShouldBeTrue(spec.PagePath);
            }
        }
    }

    [Fact]
    public void Every_text_box_has_ink_inside_the_card_and_no_line_starts_with_closing_punctuation()
    {
        var (fonts, _) = FontLocator.Locate(new CardOptions());
        using (fonts)
        using (var renderer = new ShareCardRenderer(fonts!))
        {
            foreach (var spec in Specs().Where((_, i) => i % 4 == 0))
            {
                var layout = renderer.Layout(spec);
                using var bitmap = SKBitmap.Decode(ShareCardRenderer.Render(layout));
                foreach (var line in layout.Lines)
                {
                    line.Box.Left.ShouldBeGreaterThanOrEqualTo(0);
                    line.Box.Right.ShouldBeLessThanOrEqualTo(1200 - 60, $"{spec.PagePath}: {line.Text}");
                    line.Box.Bottom.ShouldBeLessThanOrEqualTo(630 - 40, $"{spec.PagePath}: {line.Text}");
                    LineBreaker.NoLineStart.ShouldNotContain(line.Text[0], $"{spec.PagePath}: {line.Text}");
                    var ink = Ink(bitmap, line.Box, line.Colour);
                    // A CJK glyph at 30 px or more inks a good share of its em box: at least a few pixels per character.
                    ink.ShouldBeGreaterThan(line.Text.Length * 8, $"{spec.PagePath}: {line.Text}");
                }
            }
        }
    }

    /// <summary>Pixels in the box close to the text's colour.</summary>
    private static int Ink(SKBitmap bitmap, SKRect box, SKColor colour)
    {
        var count = 0;
        for (var y = (int)box.Top; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.Left; x < (int)box.Right; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - colour.Red) + Math.Abs(p.Green - colour.Green) + Math.Abs(p.Blue - colour.Blue) < 60)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
