namespace OpenAIStory.Web.Tests.Browser;

public sealed class DebugTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Debug()
    {
        var page = await OpenAsync("/");
        var log = new List<string>();
        page.Response += (_, r) => log.Add($"{r.Status} {r.Url} {string.Join(";", r.Headers.Select(h => h.Key + "=" + h.Value))}");
        page.Console += (_, m) => log.Add("console " + m.Text);
        await page.ReloadAsync();
        string.Join("\n", log).ShouldBe("x");
    }
}
