using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>Base of browser tests: opens pages at a viewport and keeps a screenshot and trace of every failing test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected BrowserFixture Fixture => fixture;

    /// <summary>A fresh page at the given viewport (phone widths get touch and a mobile user agent).</summary>
    protected async Task<IPage> OpenAsync(string path, int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var phone = width < 600;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = phone,
            IsMobile = phone,
            ColorScheme = scheme,
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "zh-CN",
        });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return page;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        name = name.Length > 120 ? name[..120] : name;
        for (var i = 0; i < contexts.Count; i++)
        {
            var context = contexts[i];
            if (failed)
            {
                foreach (var page in context.Pages)
                {
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-{i}.png"), FullPage = true });
                }
            }

            await context.Tracing.StopAsync(new TracingStopOptions { Path = failed ? Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-{i}-trace.zip") : null });
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
