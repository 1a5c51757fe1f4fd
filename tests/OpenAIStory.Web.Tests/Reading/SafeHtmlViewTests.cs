using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests.Reading;

public sealed class SafeHtmlViewTests
{
    [Fact]
    public void No_view_writes_a_string_as_raw_html()
    {
        // Views get IHtmlContent made from the Core's SafeHtml (or JsonLd); a string passed to Html.Raw is trusted blindly.
        var pages = RepoPaths.Of("src", "OpenAIStory.Web", "Pages");
        var views = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories).ToList();
        views.Count.ShouldBeGreaterThan(10);
        views.Where(v => File.ReadAllText(v).Contains("Html.Raw", StringComparison.Ordinal)).Select(v => Path.GetRelativePath(pages, v)).ShouldBeEmpty();
    }

    [Fact]
    public void Only_safe_html_becomes_an_html_string()
    {
        // The one door from the Core's SafeHtml to Razor's IHtmlContent: an HtmlString made anywhere else would trust a string.
        var web = RepoPaths.Of("src", "OpenAIStory.Web");
        Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("new HtmlString(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f))
            .ShouldBe([Path.Combine("Reading", "HtmlContentExtensions.cs")]);
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        var node = new JsonObject { ["name"] = "</script><script>alert(1)</script> & <!-- 人工智能", ["url"] = "https://example.org/?a=1&b=2" };
        var json = new JsonLd(node);
        using var writer = new StringWriter();
        json.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var written = writer.ToString();
        written.ShouldNotContain("<");
        written.ShouldNotContain(">");
        written.ShouldNotContain("&");
        written.ShouldContain(@"\u003C/script\u003E");
        written.ShouldContain("人工智能", customMessage: "Chinese stays readable");
        JsonNode.Parse(written)!["name"]!.GetValue<string>().ShouldBe("</script><script>alert(1)</script> & <!-- 人工智能");
        JsonDocument.Parse(written).RootElement.GetProperty("url").GetString().ShouldBe("https://example.org/?a=1&b=2");
    }
}
