using System.Text;

namespace OpenAIStory.Web.Tests;

public sealed class HostingTests(SiteFactory site)
{
    [Fact]
    public async Task Responses_carry_a_strict_content_security_policy()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.Contains("Referrer-Policy").ShouldBeTrue();
        response.Headers.Contains("Permissions-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts_or_styles()
    {
        foreach (var path in new[] { "/", "/source", "/s/faith", "/nowhere" })
        {
            var page = await site.GetDocumentAsync(path, path == "/nowhere" ? 404 : 200);
            page.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json").ShouldBeEmpty(path);
            page.QuerySelectorAll("style, [style]").ShouldBeEmpty(path);
            page.QuerySelectorAll("[onclick], [onload], [onerror]").ShouldBeEmpty(path);
        }
    }

    [Fact]
    public async Task Another_content_folder_can_be_served()
    {
        var root = Directory.CreateTempSubdirectory("openaistory-content-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "article.yml"), "scrape: other.txt\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "other.txt"), "别的文章\n\n一、开头\n\n第一段。\n\n二、结尾\n\n第二段。\n", Encoding.UTF8, TestContext.Current.CancellationToken);
            using var other = site.WithWebHostBuilder(b => b.UseSetting("Content:Root", root.FullName));
            using var client = other.CreateClient();
            var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
            html.ShouldContain("<span id=\"article-title-text\">别的文章</span>");
            html.ShouldContain("section id=\"开头\"");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = site.CreateClient();
        (await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken)).ShouldBe("Healthy");
        (await client.GetStringAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }
}
