using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Base of browser tests: opens pages at a viewport and keeps a screenshot and trace of every failing test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>Following a link is proven by the page's address becoming <paramref name="ending"/> (a regular
    /// expression matched at the end of the URL). This polls the browser's own address: waiting for a navigation event
    /// instead (<c>WaitForURLAsync</c>) missed navigations that had committed, on a busy machine, before the test
    /// client processed their event (the trace showed the new page loaded while the wait timed out), and waiting for
    /// the new page's load event is not what such a test is about.</summary>
    protected static Task ExpectAddressAsync(IPage page, string ending) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(ending + "$"), new() { Timeout = 30_000 });

    private readonly List<IBrowserContext> owned = [];
    private readonly List<IBrowserContext> borrowed = [];
    private readonly List<IPage> pages = [];

    protected BrowserFixture Fixture => fixture;

    /// <summary>A page at the given viewport (phone widths get touch and a mobile user agent), once the scripts have
    /// enhanced it and side notes have been placed. The page lives in a context shared with other tests unless the test
    /// changes the context (<paramref name="configure"/>) or its storage (<paramref name="isolated"/>). An
    /// <paramref name="initScript"/> runs in the page before the site's own scripts.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light, Action<BrowserNewContextOptions>? configure = null, bool isolated = false, string? initScript = null)
    {
        IBrowserContext context;
        var options = fixture.ContextOptions(width, height, scheme);
        if (configure is null && !isolated)
        {
            context = await fixture.SharedContextAsync(width, height, scheme);
            if (!borrowed.Contains(context))
            {
                await context.Tracing.StartChunkAsync();
                borrowed.Add(context);
            }
        }
        else
        {
            configure?.Invoke(options);
            context = await fixture.NewContextAsync(options);
            owned.Add(context);
        }

        var page = await context.NewPageAsync();
        pages.Add(page);
        if (initScript is not null)
        {
            await page.AddInitScriptAsync(initScript);
        }

        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (options.JavaScriptEnabled != false)
        {
            await page.SettleAsync();
        }

        return page;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        name = name.Length > 120 ? name[..120] : name;
        string? Artifact(string suffix) => failed ? Path.Combine(BrowserFixture.ArtifactsDirectory, name + suffix) : null;

        for (var i = 0; i < pages.Count; i++)
        {
            if (failed && !pages[i].IsClosed)
            {
                await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"-{i}.png"), FullPage = true });
            }
        }

        for (var i = 0; i < borrowed.Count; i++)
        {
            await borrowed[i].Tracing.StopChunkAsync(new TracingStopChunkOptions { Path = Artifact($"-shared{i}-trace.zip") });
        }

        foreach (var page in pages.Where(p => !p.IsClosed))
        {
            await page.CloseAsync();
        }

        for (var i = 0; i < owned.Count; i++)
        {
            await owned[i].Tracing.StopAsync(new TracingStopOptions { Path = Artifact($"-{i}-trace.zip") });
            await owned[i].CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
