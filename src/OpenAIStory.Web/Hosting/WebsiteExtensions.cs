using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.Section));
        // Razor escapes markup but leaves Chinese text as text, not as &#x…; entities.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(services => LoadContent(services, builder.Environment));
        builder.Services.AddSingleton<ReadingSite>();
        builder.Services.AddSingleton<EntityPages>();
        builder.Services.AddSingleton<SiteMap>();
        builder.Services.AddSingleton<DataViews>();
        builder.Services.AddShareCards(builder.Configuration); // share cards (issue 12): Cards/
        builder.Services.AddRazorPages(o => o.Conventions.AddPageRoute("/NotFound", "/404"));
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication UseOpenAIStory(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Load and validate everything before the first request: a broken content folder stops start-up here.
        app.Services.GetRequiredService<ReadingSite>();
        app.Services.GetRequiredService<EntityPages>();
        app.Services.GetRequiredService<DataViews>();
        app.Services.GetRequiredService<ShareCards>(); // draws every page's share card (issue 12)

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment.IsDevelopment()));
        app.UseSerilogRequestLogging();
        app.UseMiddleware<RequestGuard>();
        app.UseMiddleware<FingerprintedAssetCaching>();
        app.UseMiddleware<RenderedPageCache>();
        app.UseStatusCodePagesWithReExecute("/404");
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz");
        app.MapGet("/annotations.jsonld", (HttpRequest request, SiteContent content) =>
            Results.Text(WebAnnotationExport.Build(content, $"{request.Scheme}://{request.Host}"), "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"; charset=utf-8"));
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text($"User-agent: *\nAllow: /\nSitemap: {request.Scheme}://{request.Host}/sitemap.xml\n", "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", (HttpRequest request, SiteMap map) => Results.Text(map.Xml($"{request.Scheme}://{request.Host}"), "application/xml; charset=utf-8"));
        app.MapShareCards(); // /cards/{name}.{hash}.png (issue 12)
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    private static SiteContent LoadContent(IServiceProvider services, IWebHostEnvironment environment)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var root = options.ResolveRoot(environment.ContentRootPath, AppContext.BaseDirectory);
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
