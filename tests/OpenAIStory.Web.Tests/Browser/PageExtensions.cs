using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Small waits and measurements shared by the browser tests.</summary>
public static class PageExtensions
{
    /// <summary>Waits until the scripts (main.js and its modules) have enhanced the page and two frames have been drawn (side notes are placed in a frame callback).</summary>
    public static async Task SettleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('js-ready')");
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /// <summary>Whether the element's box lies (at least partly, or wholly) inside the viewport.</summary>
    public static Task<bool> IsInViewportAsync(this ILocator locator, bool wholly = false)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return locator.EvaluateAsync<bool>(
            "(el, wholly) => { const r = el.getBoundingClientRect(); return wholly ? r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth : r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; }",
            wholly);
    }

    public static Task<double> ScrollYAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<double>("() => scrollY");
    }

    /// <summary>The id of the focused element (or its tag name when it has none).</summary>
    public static Task<string> FocusedAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase()) : ''; }");
    }
}
