using Microsoft.Extensions.Options;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Cards;

/// <summary>Registers the share cards (laid out at start-up, each drawn once) and serves their images.</summary>
public static class ShareCardServices
{
    public static IServiceCollection AddShareCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CardOptions>(configuration.GetSection(CardOptions.Section));
        services.AddSingleton(provider => provider.GetRequiredService<Hosting.SnapshotCache>().RestoredCards ?? Build(provider));
        return services;
    }

    /// <summary>Serves <c>/cards/{name}.{hash}.png</c> from memory; the hash changes with anything that changes the
    /// bytes, so the images can be cached for a year. A card not drawn yet (in the first second or so after start-up)
    /// is drawn for the request that asks first, once.</summary>
    public static IEndpointRouteBuilder MapShareCards(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/cards/{file}", [HttpMethods.Get, HttpMethods.Head], (string file, HttpContext context, ShareCards cards) =>
        {
            if (cards.ForImage("/cards/" + file) is not { } card)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(card.Png, ShareCard.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{card.ImagePath[(card.ImagePath.LastIndexOf('/') + 1)..]}\""));
        });
        return endpoints;
    }

    private static ShareCards Build(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILogger<ShareCards>>();
        var (fonts, problem) = FontLocator.Locate(services.GetRequiredService<IOptions<CardOptions>>().Value);
        if (fonts is null)
        {
            logger.LogWarning("Share cards are off: {Problem}. Pages are served without og:image. Install a CJK font (Debian: apt-get install fonts-noto-cjk) or set Cards:FontPath", problem);
            return ShareCards.None(problem!);
        }

        var specs = ShareCardSpecs.For(services.GetRequiredService<SiteMap>().Paths, services.GetRequiredService<ReadingSite>(), services.GetRequiredService<EntityPages>(), services.GetRequiredService<DataViews>());
        var skipped = new List<string>();
        var cards = ShareCards.LayOut(specs, fonts, skipped);
        if (skipped.Count > 0)
        {
            logger.LogWarning("Share cards: {Font} lacks glyphs for {Count} pages, which go without og:image: {Pages}", fonts.Description, skipped.Count, skipped);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Laid out {Cards} share cards with {Font} in {ElapsedMs:F0} ms; drawn once the server listens", cards.All.Count, fonts.Description, cards.Elapsed.TotalMilliseconds);
        }

        return cards;
    }
}
