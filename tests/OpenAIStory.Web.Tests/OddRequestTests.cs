using System.Net;

namespace OpenAIStory.Web.Tests;

/// <summary>Odd requests get a 4xx, never a 5xx.</summary>
public sealed class OddRequestTests(KestrelFixture site)
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/" + new string('a', 5000) },
        { "GET", "/s/" + new string('信', 2000) },
        { "GET", "/%2e%2e/%2e%2e/etc/passwd" },
        { "GET", "/..%2f..%2fappsettings.json" },
        { "GET", "/s/..%2F..%2Fcontent%2Farticle.yml" },
        { "GET", "/people/%00" },
        { "GET", "/s/%00%ff%fe" },
        { "GET", "/s/faith/extra/segments" },
        { "GET", "/?q=" + new string('x', 20000) },
        { "GET", "/content/article.yml" },
        { "GET", "/appsettings.json" },
        { "DELETE", "/" },
        { "PUT", "/s/faith" },
        { "PATCH", "/people/sam-altman" },
        { "POST", "/" },
        { "OPTIONS", "/" },
        { "TRACE", "/" },
        { "PROPFIND", "/" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Odd_requests_get_a_client_error_never_a_server_error(string method, string path)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{method} {path[..Math.Min(60, path.Length)]} → {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_query_string_on_a_real_page_is_ignored_not_an_error()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri("/?utm_source=share", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
