using System.Text;

namespace OpenAIStory.Web.Tests;

/// <summary>Everything from the scrape and the content files is untrusted: hostile text must render as harmless text.</summary>
public sealed class HostileContentTests(SiteFactory site)
{
    private const string Scrape = """
        <script>alert('title')</script>标题 您所在的位置:首页 分类 <script>alert('title')</script>标题

        来源:雪球App,作者: <b onmouseover=alert(1)>某人</b>,(javascript:alert('byline'))

        第一段<img src=x onerror=alert('p')>正文，提到坏公司。<a href="javascript:alert(2)">点我</a>

        一、<iframe src=//evil.example></iframe>开头

        第二段&lt;script&gt;已转义的也要保持原样。<style>body{display:none}</style>

        二、结尾"><svg onload=alert(3)>

        第三段。
        """;

    private const string Entity = """
        ---
        id: bad-co
        type: company
        name: 坏公司<script>alert('name')</script>
        aliases: [坏公司]
        summary: <img src=x onerror=alert('summary')>一句话
        checked: 2026-12-01
        sources:
          - outlet: <b onmouseover=alert(7)>坏报社</b>
            title: <script>alert('source')</script>
            date: 2020-01-01
            url: https://example.com/"><script>alert(4)</script>
        ---
        <script>alert('note')</script> [链接](javascript:alert(5)) <a href="http://example.com" onclick="alert(6)">a</a>
        """;

    [Fact]
    public async Task Hostile_scrape_and_notes_render_as_harmless_text()
    {
        var root = Directory.CreateTempSubdirectory("openaistory-hostile-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "article.yml"), "scrape: a.txt\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "a.txt"), Scrape, Encoding.UTF8, TestContext.Current.CancellationToken);
            Directory.CreateDirectory(Path.Combine(root.FullName, "entities"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "entities", "bad-co.md"), Entity, TestContext.Current.CancellationToken);

            using var factory = site.WithWebHostBuilder(b => b.UseSetting("Content:Root", root.FullName));
            using var client = factory.CreateClient();
            foreach (var path in new[] { "/", "/s/iframe-src-evil-example-iframe-开头", "/source", "/companies/bad-co", "/companies", "/annotations.jsonld" })
            {
                var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                if (path.EndsWith(".jsonld", StringComparison.Ordinal))
                {
                    html.ShouldNotContain("<", customMessage: "JSON-LD escapes markup characters");
                    continue;
                }

                var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
                page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])").ShouldBeEmpty(path);
                page.QuerySelectorAll("iframe, img, svg, style, b, [onerror], [onload], [onclick], [onmouseover]").ShouldBeEmpty(path);
                page.QuerySelectorAll("[href^='javascript:'], [src^='javascript:']").ShouldBeEmpty(path);
                foreach (var json in page.QuerySelectorAll("script[type='application/ld+json']"))
                {
                    json.InnerHtml.ShouldNotContain("</script", Case.Insensitive);
                    json.InnerHtml.ShouldNotContain("<script", Case.Insensitive);
                }

                if (path == "/")
                {
                    page.Body!.TextContent.ShouldContain("<img src=x onerror=alert('p')>", customMessage: "hostile markup is shown as text, not dropped");
                    page.Body.TextContent.ShouldContain("&lt;script&gt;已转义的也要保持原样");
                }
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
