using System.Text.RegularExpressions;

namespace OpenAIStory.Web.Hosting;

/// <summary>Marks fingerprinted static assets (<c>site.3k9x2q7b1m.css</c>) as cacheable for a year and immutable: the
/// fingerprint changes whenever the content does, so a cached copy can never be stale.</summary>
public sealed partial class FingerprintedAssetCaching(RequestDelegate next)
{
    [GeneratedRegex(@"\.[a-z0-9]{8,16}\.(?:css|js|svg|png|ico|woff2)$", RegexOptions.CultureInvariant)]
    private static partial Regex Fingerprinted();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.Value is { } path && Fingerprinted().IsMatch(path))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
