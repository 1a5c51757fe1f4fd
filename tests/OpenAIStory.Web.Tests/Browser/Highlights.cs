using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Records every landing highlight as it starts (the highlight is brief; a busy machine may look too late).</summary>
public static class Highlights
{
    /// <summary>An init script: remembers each element that gets the <c>flash</c> class, with its animation and background then.</summary>
    public const string Recorder = """
        window.__highlights = [];
        new MutationObserver((records) => {
          for (const r of records) {
            const e = r.target;
            if (!e.classList || !e.classList.contains('flash') || (r.oldValue || '').split(' ').includes('flash')) continue;
            const a = e.getAnimations().filter((x) => x.animationName === 'flash');
            window.__highlights.push({ id: e.id, duration: a.length ? a[0].effect.getTiming().duration : 0, background: getComputedStyle(e).backgroundColor });
          }
        }).observe(document, { attributes: true, attributeFilter: ['class'], attributeOldValue: true, subtree: true });
        """;

    /// <summary>Waits for the highlight of the element with the given id and returns it.</summary>
    public static async Task<Highlight> OfAsync(IPage page, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        var handle = await page.WaitForFunctionAsync("(id) => window.__highlights.find((h) => h.id === id)", id);
        var duration = await handle.EvaluateAsync<double>("h => h.duration");
        var background = await handle.EvaluateAsync<string>("h => h.background");
        return new Highlight(duration, background);
    }
}

/// <summary>One highlight as it started: its animation length in ms (0 when still) and the background colour then.</summary>
public sealed record Highlight(double Duration, string Background);
