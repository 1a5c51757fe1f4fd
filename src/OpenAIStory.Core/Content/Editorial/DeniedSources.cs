namespace OpenAIStory.Core.Content.Editorial;

/// <summary>Domains known to host copies rather than publications (mirrors, reposts, scraped copies, content farms,
/// proxy front ends), kept in <c>content/denied-sources.yml</c>: a source may not link to them or their subdomains.</summary>
public sealed class DeniedSources
{
    /// <summary>The file's name inside the content root.</summary>
    public const string File = "denied-sources.yml";

    private readonly HashSet<string> domains;

    public DeniedSources(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        this.domains = domains.Select(d => d.Trim().TrimStart('.').ToLowerInvariant()).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>No denied domains.</summary>
    public static DeniedSources None { get; } = new([]);

    /// <summary>The denied domain that <paramref name="url"/>'s host is or lies under, or null.</summary>
    public string? Match(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        for (var host = uri.IdnHost.ToLowerInvariant(); host.Length > 0;)
        {
            if (domains.Contains(host))
            {
                return host;
            }

            var dot = host.IndexOf('.', StringComparison.Ordinal);
            host = dot < 0 ? "" : host[(dot + 1)..];
        }

        return null;
    }
}
