using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Reading;
using Serilog;

namespace OpenAIStory.Web.Hosting;

/// <summary>Registers and wires up the whole site, so that <c>Program.cs</c> stays a few lines.</summary>
public static class WebsiteExtensions
{
    public static WebApplicationBuilder AddOpenAIStory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
            {
                // No sink configured for this environment: structured JSON on stdout, as in production.
                logger.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            }
        });

        // Serve the build's static assets in every environment when running from a build (dotnet run); a published
        // output carries its own manifest and is unaffected.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        // Behind a proxy: the client's address and scheme for logs and HSTS; URLs in pages never depend on them.
        builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.Section));
        // Razor escapes markup but leaves Chinese text as text, not as &#x…; entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(services => LoadContent(services, builder.Environment));
        builder.Services.AddSingleton(SiteUrls.From(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton(services => new ContentDates(services.GetRequiredService<SiteContent>().Entities.Values.Select(e => e.Data.Checked).Max(StringComparer.Ordinal)));
        builder.Services.AddSingleton<ReadingSite>();
        builder.Services.AddSingleton<EntityPages>();
        builder.Services.AddSingleton<SiteMap>();
        builder.Services.AddSingleton<DataViews>();
        builder.Services.AddShareCards(builder.Configuration);
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AddPageRoute("/NotFound", "/404");
            EntityPageRoutes.Add(o.Conventions);
        });
        builder.Services.AddSingleton<SiteSnapshotAccessor>();
        builder.Services.AddSingleton<SnapshotCache>();
        builder.Services.AddSingleton<SnapshotFinisher>();
        builder.Services.AddHealthChecks().AddCheck<SiteSnapshotAccessor>("pages", tags: ["ready"]);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Maps the endpoints, starts the site up (restores the stored snapshot, or loads the content, lays out the
    /// share cards and renders every page) and adds the middleware: everything before the server listens.</summary>
    /// <exception cref="ContentException">The content, or a page rendered from it, is broken.</exception>
    public static async Task<WebApplication> UseOpenAIStoryAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The build's static assets first: pages find their fingerprinted URLs through them (WithStaticAssets).
        app.MapStaticAssets();

        // Endpoints that render pages and data files: reached only by the start-up render, never by a request.
        app.MapRazorPages().WithStaticAssets().WithMetadata(RenderOnly.Instance);
        app.MapGet("/annotations.jsonld", (SiteContent content, SiteUrls urls) =>
            Results.Text(WebAnnotationExport.Build(content, urls.Base), "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"; charset=utf-8")).WithMetadata(RenderOnly.Instance);
        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8")).WithMetadata(RenderOnly.Instance);
        app.MapGet("/sitemap.xml", (SiteMap map, SiteUrls urls) => Results.Text(map.Xml(urls.Base), "application/xml; charset=utf-8")).WithMetadata(RenderOnly.Instance);
        // Endpoints requests do reach besides the static assets: share cards and the health probes (never cached: no-store).
        app.MapShareCards(); // /cards/{name}.{hash}.png: laid out at start-up, drawn once (after it, or for the first request)
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        // The snapshot of an earlier launch with the same build, content and settings, if one is stored: then nothing
        // is loaded or rendered. Otherwise load and validate everything before the first request (a broken content
        // folder stops start-up here), lay out every page's share card (which gives its address) and render every page;
        // once the server listens, draw the cards, recompress the pages at Brotli's best quality and store the result
        // (SnapshotFinisher).
        var cache = app.Services.GetRequiredService<SnapshotCache>();
        if (cache.TryRestore() is { } restored)
        {
            app.Services.GetRequiredService<SiteSnapshotAccessor>().Set(restored);
        }
        else
        {
            app.Services.GetRequiredService<ReadingSite>();
            app.Services.GetRequiredService<EntityPages>();
            app.Services.GetRequiredService<DataViews>();
            app.Services.GetRequiredService<ShareCards>();
            await RenderSnapshotAsync(app);
            var finisher = app.Services.GetRequiredService<SnapshotFinisher>();
            app.Lifetime.ApplicationStarted.Register(() => finisher.Start(app.Lifetime.ApplicationStopping));
        }

        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ServerError });
            app.UseHsts();
        }

        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment.IsDevelopment()));
        app.UseSerilogRequestLogging();
        app.UseMiddleware<RequestGuard>();
        app.UseMiddleware<FingerprintedAssetCaching>();
        app.UseRouting();
        app.UseMiddleware<SnapshotServer>();
        return app;
    }

    /// <summary>Renders every page once, before the server listens: the snapshot all page requests are answered from.</summary>
    private static async Task RenderSnapshotAsync(WebApplication app)
    {
        var snapshot = await SnapshotBuilder.BuildAsync(new SiteRenderer(app, app.Services.GetRequiredService<SiteUrls>()), app.Services.GetRequiredService<SiteMap>());
        app.Services.GetRequiredService<SiteSnapshotAccessor>().Set(snapshot);
        var logger = app.Services.GetRequiredService<ILogger<SiteSnapshot>>();
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        logger.LogInformation(
            "Rendered {Pages} pages and data files for {BaseUrl} in {ElapsedMs:F0} ms ({Bytes} bytes, {Brotli} with Brotli)",
            snapshot.Responses.Count + 1,
            app.Services.GetRequiredService<SiteUrls>().Base,
            snapshot.Elapsed.TotalMilliseconds,
            snapshot.Responses.Values.Sum(r => (long)r.Identity.Length),
            snapshot.Responses.Values.Sum(r => (long)r.Brotli.Length));
    }

    private static Task ServerError(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("服务器出错了。Internal server error.");
    }

    private static SiteContent LoadContent(IServiceProvider services, IWebHostEnvironment environment)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var root = options.SiteRoot(environment);
        var content = ContentLoader.Load(root);
        var logger = services.GetRequiredService<ILogger<SiteContent>>();
        var document = content.Document;
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return content;
        }

        var removed = document.RemovedLines.GroupBy(l => l.Reason).ToDictionary(g => g.Key?.ToString() ?? "?", g => g.Count());
        logger.LogInformation(
            "Parsed {Source}: {LinesIn} lines in, {LinesRemoved} removed {RemovedByReason}, {Sections} sections, {Paragraphs} paragraphs, {Captions} captions, {Tags} tags in {ElapsedMs:F1} ms",
            document.SourceName,
            document.Lines.Length,
            document.RemovedLines.Count(),
            removed,
            document.Sections.Length,
            document.AllBlocks.Count(b => b.Kind == Core.Model.BlockKind.Paragraph),
            document.AllBlocks.Count(b => b.Kind == Core.Model.BlockKind.Caption),
            document.Tags.Length,
            content.Parse.Elapsed.TotalMilliseconds);
        return content;
    }
}
