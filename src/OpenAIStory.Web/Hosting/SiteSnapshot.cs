using System.Collections.Frozen;

namespace OpenAIStory.Web.Hosting;

/// <summary>Every page and data file of the site, rendered once at start-up and kept as an immutable map keyed by path.
/// The server answers from it and <c>export</c> writes it out, so the two can never differ.</summary>
/// <param name="Responses">Site path → pre-rendered response.</param>
/// <param name="NotFound">The not-found page, answered for every other page path.</param>
/// <param name="Elapsed">How long rendering and compressing everything took.</param>
public sealed record SiteSnapshot(FrozenDictionary<string, PrerenderedResponse> Responses, PrerenderedResponse NotFound, TimeSpan Elapsed)
{
    /// <summary>The path of the not-found page.</summary>
    public const string NotFoundPath = "/404";

    /// <summary>The pre-rendered response for a path, decoded as a request's path is (/s/开头) or escaped as the sitemap
    /// writes it (/s/%E5%BC%80%E5%A4%B4); a trailing slash names the same page. Null when there is none.</summary>
    public PrerenderedResponse? Find(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var key = Key(path);
        return Responses.GetValueOrDefault(key) ?? (key.Length > 1 && key.EndsWith('/') ? Responses.GetValueOrDefault(key.TrimEnd('/')) : null);
    }

    /// <summary>The same pages with every Brotli representation at the best quality; stops between pages when asked.</summary>
    public SiteSnapshot WithBestBrotli(CancellationToken cancellationToken)
    {
        var responses = new Dictionary<string, PrerenderedResponse>(Responses.Count, StringComparer.Ordinal);
        foreach (var (path, response) in Responses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            responses[path] = response.WithBestBrotli();
        }

        return this with { Responses = responses.ToFrozenDictionary(StringComparer.Ordinal), NotFound = NotFound.WithBestBrotli() };
    }

    /// <summary>The map's key for a path: decoded, as ASP.NET Core presents a request's path.</summary>
    public static string Key(string path) => PathString.FromUriComponent(path).Value ?? path;
}
