using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Tests.Serving;

/// <summary>The production site on a real port answers every page from its start-up snapshot: what a client sends
/// (Host, query, headers, method) never changes what a page says or causes a render.</summary>
public sealed class SnapshotServingTests(KestrelFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Get(string path, Action<HttpRequestMessage>? setup = null)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        setup?.Invoke(request);
        return await client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/s/faith")]
    [InlineData("/checks")]
    [InlineData("/people/sam-altman")]
    public async Task A_page_is_the_snapshot_s_bytes_whatever_the_host_query_or_headers(string path)
    {
        var snapshot = site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Find(path)!;
        foreach (var setup in new Action<HttpRequestMessage>[]
        {
            _ => { },
            r => r.Headers.Host = "evil.example",
            r => r.Headers.Host = Guid.NewGuid().ToString("N") + ".example",
            r => { r.Headers.Add("X-Forwarded-Host", "evil.example"); r.Headers.Add("X-Forwarded-Proto", "https"); },
            r => r.RequestUri = new Uri(path + "?utm_source=x&page=2", UriKind.Relative),
        })
        {
            using var response = await Get(path, setup);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await response.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(snapshot.Identity, path);
        }
    }

    [Fact]
    public async Task Absolute_urls_come_from_the_configured_address_only()
    {
        using var response = await Get("/robots.txt", r => r.Headers.Host = "evil.example");
        var robots = await response.Content.ReadAsStringAsync(Ct);
        robots.ShouldContain($"Sitemap: {KestrelFixture.PublicAddress}/sitemap.xml");
        robots.ShouldNotContain("evil");
        using var page = await Get("/s/faith", r => r.Headers.Host = "evil.example");
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldContain($"<link rel=\"canonical\" href=\"{KestrelFixture.PublicAddress}/s/faith\">");
        html.ShouldNotContain("evil.example");
        using var sitemap = await Get("/sitemap.xml", r => r.Headers.Host = "evil.example");
        (await sitemap.Content.ReadAsStringAsync(Ct)).ShouldNotContain("evil.example");
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip;q=1.0, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("*;q=0, identity;q=1", null)]
    [InlineData("deflate", null)]
    [InlineData("", null)]
    public async Task Accept_Encoding_q_values_choose_the_representation(string accept, string? expected)
    {
        using var response = await Get("/", r => { if (accept.Length > 0) { r.Headers.TryAddWithoutValidation("Accept-Encoding", accept); } });
        response.Content.Headers.ContentEncoding.SingleOrDefault().ShouldBe(expected, accept);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        // The body is that representation of the page: decoded, it is the page's bytes.
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        using var decoded = new MemoryStream();
        using (var source = expected switch
        {
            "br" => new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            _ => (Stream)new MemoryStream(body),
        })
        {
            await source.CopyToAsync(decoded, Ct);
        }

        decoded.ToArray().ShouldBe(site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Find("/")!.Identity, accept);
    }

    [Fact]
    public async Task Each_representation_has_its_own_etag_and_a_match_gets_304()
    {
        var tags = new Dictionary<string, EntityTagHeaderValue>(StringComparer.Ordinal);
        foreach (var accept in new[] { "br", "gzip", "identity" })
        {
            using var response = await Get("/map", r => r.Headers.TryAddWithoutValidation("Accept-Encoding", accept));
            tags[accept] = response.Headers.ETag!;
            using var again = await Get("/map", r => { r.Headers.TryAddWithoutValidation("Accept-Encoding", accept); r.Headers.IfNoneMatch.Add(tags[accept]); });
            again.StatusCode.ShouldBe(HttpStatusCode.NotModified, accept);
        }

        tags.Values.Select(t => t.Tag).Distinct().Count().ShouldBe(3);
        using var stale = await Get("/map", r => { r.Headers.TryAddWithoutValidation("Accept-Encoding", "br"); r.Headers.IfNoneMatch.Add(tags["gzip"]); });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK, "the gzip tag does not match the Brotli representation");
    }

    [Fact]
    public async Task An_unknown_page_is_the_pre_rendered_404()
    {
        var notFound = site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.NotFound;
        foreach (var path in new[] { "/nowhere", "/people/nobody", "/s/nothing", "/checks/extra", "/Index", "/Error" })
        {
            using var response = await Get(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(notFound.Identity, path);
        }
    }

    [Fact]
    public async Task Health_endpoints_are_never_cached_and_no_response_names_the_server()
    {
        foreach (var path in new[] { "/healthz", "/readyz" })
        {
            using var response = await Get(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(path);
            response.Headers.Server.ShouldBeEmpty(path);
        }

        using var page = await Get("/");
        page.Headers.Server.ShouldBeEmpty();
        page.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/checks", UriKind.Relative)), Ct);
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.ShouldBe(site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Find("/checks")!.Identity.Length);
        (await head.Content.ReadAsByteArrayAsync(Ct)).ShouldBeEmpty();
    }
}
