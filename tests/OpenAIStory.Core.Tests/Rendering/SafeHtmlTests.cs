using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Tests.Rendering;

public sealed class SafeHtmlTests
{
    [Fact]
    public void Text_is_escaped_and_chinese_kept()
    {
        SafeHtml.Text("<b>奥特曼</b> & \"OpenAI\"").Value.ShouldBe("&lt;b&gt;奥特曼&lt;/b&gt; &amp; &quot;OpenAI&quot;");
        SafeHtml.Text(null).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Pieces_join_and_wrap_in_plain_elements_only()
    {
        var html = SafeHtml.Concat([SafeHtml.Text("a<"), SafeHtml.Element("mark", SafeHtml.Text("b&")), SafeHtml.Empty, SafeHtml.Text("c")]);
        html.Value.ShouldBe("a&lt;<mark>b&amp;</mark>c");
        html.ShouldBe(SafeHtml.Concat([SafeHtml.Text("a<"), SafeHtml.Element("mark", SafeHtml.Text("b&")), SafeHtml.Text("c")]));
        Should.Throw<ArgumentException>(() => SafeHtml.Element("img src=x onerror=alert(1)", SafeHtml.Empty));
        Should.Throw<ArgumentException>(() => SafeHtml.Element("script", SafeHtml.Text("alert(1)")));
    }

    [Fact]
    public void Notes_come_out_of_the_renderer_sanitised()
    {
        var html = new NoteRenderer().Render("**粗体** <script>alert(1)</script> [链接](javascript:alert(2))").Value;
        html.ShouldContain("<strong>粗体</strong>");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");
    }
}
