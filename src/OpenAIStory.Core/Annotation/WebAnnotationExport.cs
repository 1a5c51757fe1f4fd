using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Exports every editorial annotation (side note) and every checked claim as a W3C Web Annotation (JSON-LD) that
/// targets the reading by quote (TextQuoteSelector, with a CssSelector for the paragraph as a refinement); a claim's
/// motivation is "assessing", its body the verdict and the finding.</summary>
public static class WebAnnotationExport
{
    /// <summary>How much context the prefix and suffix carry.</summary>
    private const int Context = 16;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>The AnnotationCollection for the site at <paramref name="baseUrl"/> (no trailing slash).</summary>
    public static string Build(SiteContent content, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        var items = new JsonArray();
        foreach (var block in content.Document.AllBlocks)
        {
            foreach (var marker in block.Spans.OfType<EditorialMarker>())
            {
                var item = marker switch
                {
                    NoteMarker note => Note(content, block, note, baseUrl),
                    ClaimMarker claim => Claim(content, block, claim, baseUrl),
                    _ => null,
                };
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        var collection = new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = baseUrl + "/annotations.jsonld",
            ["type"] = "AnnotationCollection",
            ["label"] = $"《{content.Document.Title}》注释",
            ["total"] = items.Count,
            ["first"] = new JsonObject { ["type"] = "AnnotationPage", ["items"] = items },
        };
        return collection.ToJsonString(Options);
    }

    private static JsonObject? Note(SiteContent content, Block block, NoteMarker marker, string baseUrl)
    {
        if (!content.Annotations.TryGetValue(marker.AnnotationId, out var annotation))
        {
            return null;
        }

        var data = annotation.Data;
        var motivation = annotation.Kind == AnnotationKind.Reference ? "identifying" : "commenting";
        var link = data.Entity is { } e && content.Entities.TryGetValue(e, out var target) ? target.Path : null;
        return Item(block, marker, motivation, TextBody(data.Note ?? content.Entities[data.Entity!].Data.Summary, link, baseUrl), baseUrl);
    }

    private static JsonObject? Claim(SiteContent content, Block block, ClaimMarker marker, string baseUrl)
    {
        if (!content.Claims.TryGetValue(marker.ClaimId, out var claim))
        {
            return null;
        }

        var body = TextBody($"{claim.Scale.Words}：{claim.Data.Note}", Rendering.Anchors.ClaimInLedger(claim.Id), baseUrl);
        return Item(block, marker, "assessing", body, baseUrl);
    }

    /// <summary>The annotation of the quote <paramref name="marker"/> follows, targeted by the quote's words as the reading shows them.</summary>
    private static JsonObject Item(Block block, EditorialMarker marker, string motivation, JsonObject body, string baseUrl)
    {
        var (start, length) = marker.Quote.GetOffsetAndLength(block.Text.Length);
        var end = start + length;
        return new JsonObject
        {
            ["id"] = $"{baseUrl}/annotations.jsonld#{marker.TargetId}",
            ["type"] = "Annotation",
            ["motivation"] = motivation,
            ["body"] = body,
            ["target"] = new JsonObject
            {
                ["source"] = baseUrl + "/",
                ["selector"] = new JsonObject
                {
                    ["type"] = "TextQuoteSelector",
                    ["exact"] = block.Text[start..end],
                    ["prefix"] = block.Text[Math.Max(0, start - Context)..start],
                    ["suffix"] = block.Text[end..Math.Min(block.Text.Length, end + Context)],
                    ["refinedBy"] = new JsonObject { ["type"] = "CssSelector", ["value"] = Rendering.Anchors.Fragment(block.Id) },
                },
            },
        };
    }

    private static JsonObject TextBody(string text, string? link, string baseUrl)
    {
        var body = new JsonObject
        {
            ["type"] = "TextualBody",
            ["value"] = text,
            ["format"] = "text/plain",
            ["language"] = "zh-CN",
        };
        if (link is not null)
        {
            body["seeAlso"] = baseUrl + link;
        }

        return body;
    }
}
