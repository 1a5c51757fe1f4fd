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

    /// <summary>The pre-rendered response for a request path (a trailing slash names the same page), or null.</summary>
    public PrerenderedResponse? Find(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        return Responses.GetValueOrDefault(path) ?? (path.Length > 1 && path.EndsWith('/') ? Responses.GetValueOrDefault(path.TrimEnd('/')) : null);
    }
}
