using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Tests.Serving;

/// <summary>The public address is configured once and validated at start-up.</summary>
public sealed class SiteUrlsTests
{
    private static IHostEnvironment Environment(string name) => new HostingEnvironment { EnvironmentName = name };

    private static IConfiguration Config(string? baseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(baseUrl is null ? [] : [new(SiteOptions.BaseUrlKey, baseUrl)]).Build();

    [Fact]
    public void Production_without_an_address_stops_naming_the_key()
    {
        var error = Should.Throw<SiteConfigurationException>(() => SiteUrls.From(Config(null), Environment(Environments.Production)));
        error.Message.ShouldContain("Site:BaseUrl");
    }

    [Fact]
    public void Development_defaults_to_the_local_address()
    {
        SiteUrls.From(Config(null), Environment(Environments.Development)).Base.ShouldBe("http://localhost:5080");
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    [InlineData("https://example.org/?q=1")]
    [InlineData("https://example.org/#x")]
    public void An_address_that_is_not_an_http_url_is_refused(string value)
    {
        Should.Throw<SiteConfigurationException>(() => SiteUrls.From(Config(value), Environment(Environments.Production))).Message.ShouldContain("Site:BaseUrl");
    }

    [Fact]
    public void Absolute_urls_join_the_address_and_the_path()
    {
        var urls = new SiteUrls("https://example.org/sub/");
        urls.Base.ShouldBe("https://example.org/sub");
        urls.Absolute("/s/faith").ShouldBe("https://example.org/sub/s/faith");
    }
}
