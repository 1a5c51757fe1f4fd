using Microsoft.Playwright;

namespace OpenAIStory.Web.Tests.Browser;

/// <summary>The suite's production site on a real Kestrel port (the assembly fixture) and Debian's Chromium driven by Playwright. Fails loudly, never skips, when no browser is found.</summary>
public sealed class BrowserFixture(KestrelFixture server) : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Dictionary<(int Width, int Height, ColorScheme Scheme), IBrowserContext> shared = [];
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where failing tests leave screenshots and traces.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);
        if (executable is null || !File.Exists(executable))
        {
            throw new InvalidOperationException(
                "No Chromium found (looked at CHROMIUM_PATH and " + string.Join(", ", Candidates) + "). Install it: apt-get install -y chromium fonts-noto-cjk — or run `bash .ci/run`, which does.");
        }

        BaseAddress = server.BaseAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    /// <summary>Options for a context at a viewport; phone widths get touch and a mobile user agent.</summary>
    public BrowserNewContextOptions ContextOptions(int width, int height, ColorScheme scheme)
    {
        var phone = width < 600;
        return new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = phone,
            IsMobile = phone,
            ColorScheme = scheme,
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
        };
    }

    /// <summary>A context with tracing on, for tests that need one of their own (changed settings, storage or permissions).</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return context;
    }

    /// <summary>One context per viewport and colour scheme, reused by the tests that change nothing in it (a context
    /// costs as much as a page load on a busy machine). Tests take pages in it and trace them as a chunk.</summary>
    public async Task<IBrowserContext> SharedContextAsync(int width, int height, ColorScheme scheme)
    {
        if (!shared.TryGetValue((width, height, scheme), out var context))
        {
            context = await NewContextAsync(ContextOptions(width, height, scheme));
            shared[(width, height, scheme)] = context;
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in shared.Values)
        {
            await context.CloseAsync();
        }

        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
