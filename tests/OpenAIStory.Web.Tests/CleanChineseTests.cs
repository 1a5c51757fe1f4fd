using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Dom;
using OpenAIStory.Core.Text;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Tests;

/// <summary>No half-width , : ; ! ? ( ) in Chinese text on any page: the pipeline's one punctuation rule finds nothing
/// left to restore in any text a page shows (URLs, code and Latin text keep their own punctuation).</summary>
public sealed class CleanChineseTests(SiteFactory site)
{
    [Fact]
    public async Task No_page_shows_half_width_punctuation_in_Chinese_text()
    {
        var problems = new List<string>();
        foreach (var path in site.Services.GetRequiredService<SiteMap>().Paths.Where(p => p != "/source"))
        {
            var page = await site.GetDocumentAsync(path);
            foreach (var text in page.Body!.Descendants<IText>().Where(t => t.ParentElement?.Closest("script, style, code, pre") is null))
            {
                var value = text.Data;
                if (ChinesePunctuation.Normalise(value) != value)
                {
                    problems.Add($"{path}: “{value.Trim()[..Math.Min(60, value.Trim().Length)]}”");
                }
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public async Task Every_timeline_event_has_a_title_written_for_it_and_map_names_are_whole()
    {
        var views = site.Services.GetRequiredService<DataViews>();
        views.Events.Where(e => e.Title is null).Select(e => $"{e.DateTime} {e.Text}").ShouldBeEmpty();
        var map = await site.GetDocumentAsync("/map");
        map.QuerySelectorAll("svg text").Select(t => t.TextContent).Where(t => t.Contains('…', StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
