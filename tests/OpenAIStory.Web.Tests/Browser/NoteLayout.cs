using System.Text.Json;
using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Where the side notes of the reading sit, in page coordinates: each note's box, the top of the text line
/// that holds its reference, and the right edge of the text column.</summary>
public sealed record NoteLayout(NoteBox[] Notes, double ColumnRight, double Gap)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private const string Script = """
        () => {
          const art = document.querySelector('article.reading');
          const lineTop = (a) => {
            const sup = a.closest('.note-ref') || a;
            const block = sup.parentElement.closest('p, figcaption, h2, li, blockquote') || sup.parentElement;
            const cs = getComputedStyle(block), lh = parseFloat(cs.lineHeight);
            const top = block.getBoundingClientRect().top + parseFloat(cs.paddingTop);
            const s = sup.getClientRects()[0];
            return top + Math.max(0, Math.floor(((s.top + s.bottom) / 2 - top) / lh)) * lh + scrollY;
          };
          const notes = [...art.querySelectorAll('.notes .note')].filter((n) => n.getClientRects().length).map((n) => {
            const r = n.getBoundingClientRect(), a = document.querySelector(`.note-ref a[href="#${n.id}"]`);
            return { id: n.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, line: a && a.getClientRects().length ? lineTop(a) : null };
          });
          const text = [...art.querySelectorAll('p, h1, h2, figure, li')].filter((e) => !e.closest('.notes, .toc'));
          const columnRight = Math.max(...text.map((e) => e.getBoundingClientRect().right));
          return { notes, columnRight, gap: parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75 };
        }
        """;

    public static async Task<NoteLayout> MeasureAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = await page.EvaluateAsync<JsonElement>(Script);
        return json.Deserialize<NoteLayout>(JsonOptions)!;
    }

    /// <summary>How far each note sits below the line it annotates.</summary>
    public IReadOnlyList<double> Drifts => [.. Notes.Where(n => n.Line is not null).Select(n => n.Top - n.Line!.Value)];

    public double MedianDrift => Drifts.Order().ElementAt(Drifts.Count / 2);

    /// <summary>Fails with every offending pair when two notes overlap or a note reaches into the text column.</summary>
    public void ShouldNotOverlap(string where)
    {
        var sorted = Notes.OrderBy(n => n.Top).ToArray();
        sorted.Length.ShouldBeGreaterThan(0, $"{where}: no side notes shown");
        var overlaps = sorted.Zip(sorted.Skip(1)).Where(p => p.First.Bottom > p.Second.Top + 0.5).Select(p => $"{p.First.Id} (bottom {p.First.Bottom:F0}) over {p.Second.Id} (top {p.Second.Top:F0})").ToList();
        overlaps.ShouldBeEmpty($"{where}: notes overlap");
        var intruders = sorted.Where(n => n.Left < ColumnRight).Select(n => $"{n.Id} left {n.Left:F0} < column right {ColumnRight:F0}").ToList();
        intruders.ShouldBeEmpty($"{where}: notes over the text");
    }
}

/// <summary>One side note's box and the top of its reference's line (null when it has no reference).</summary>
public sealed record NoteBox(string Id, double Top, double Bottom, double Left, double Right, double? Line);
