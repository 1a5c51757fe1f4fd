namespace OpenAIStory.Web.Tests.Browser;

public sealed class LayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task No_page_scrolls_sideways(int width, int height)
    {
        foreach (var path in new[] { "/", "/s/faith", "/people/sam-altman", "/people", "/source", "/nowhere" })
        {
            var page = await OpenAsync(path, width, height);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} at {width}px");
        }
    }

    [Fact]
    public async Task Chinese_text_is_laid_out_with_a_cjk_font()
    {
        var page = await OpenAsync("/");
        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('article p')).fontFamily");
        font.ShouldContain("Noto Sans CJK SC");
    }
}
