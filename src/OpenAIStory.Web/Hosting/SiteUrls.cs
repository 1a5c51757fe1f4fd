namespace OpenAIStory.Web.Hosting;

/// <summary>Absolute URLs of the site, from the configured public address only: nothing in a request can change them.</summary>
public sealed class SiteUrls
{
    /// <summary>The address <c>dotnet run</c> serves in Development, used when <see cref="SiteOptions.BaseUrl"/> is not set there.</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    public SiteUrls(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new SiteConfigurationException($"{SiteOptions.BaseUrlKey} must be an absolute http(s) URL without query or fragment, such as https://openaistory.example (got '{baseUrl}').");
        }

        Base = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The public address without a trailing slash (https://openaistory.example).</summary>
    public string Base { get; }

    /// <summary>The absolute URL of a site path (/s/faith → https://openaistory.example/s/faith).</summary>
    public string Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Base + (path.StartsWith('/') ? path : "/" + path);
    }

    /// <summary>Reads and validates the public address: Development falls back to the local URL; elsewhere a missing
    /// address stops start-up with a message naming the key.</summary>
    public static SiteUrls From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[SiteOptions.BaseUrlKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new SiteConfigurationException(
                    $"{SiteOptions.BaseUrlKey} is not set. Set it to the site's public address (for example --{SiteOptions.BaseUrlKey}=https://openaistory.example or the environment variable Site__BaseUrl); it is the only source of absolute URLs.");
            }

            configured = DevelopmentDefault;
        }

        return new SiteUrls(configured);
    }
}
