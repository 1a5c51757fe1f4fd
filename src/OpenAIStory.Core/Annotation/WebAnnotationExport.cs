using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Content.Annotations;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Annotation;

/// <summary>Exports every side note as a W3C Web Annotation (JSON-LD) that targets the reading by quote
/// (TextQuoteSelector, with a CssSelector for the paragraph as a refinement).</summary>
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
            foreach (var marker in block.Spans.Where(s => s.Kind == SpanKind.Note))
            {
                if (Item(content, block, marker, baseUrl) is { } item)
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

    private static JsonObject? Item(SiteContent content, Block block, Span marker, string baseUrl)
    {
        var (kind, id) = NoteKey.Parse(marker.Value);
        // The quote a note comments on: the annotation's anchored text, or the entity mention just before the marker.
        var anchored = kind == 'e'
            ? block.Spans.LastOrDefault(s => s.Kind == SpanKind.Entity && s.End == marker.Start && s.Value == id)
            : null;
        string exact;
        int start;
        JsonObject body;
        string motivation;
        if (kind == 'e' && content.Entities.TryGetValue(id, out var entity) && anchored is not null)
        {
            start = anchored.Start;
            exact = block.Text.Substring(anchored.Start, anchored.Length);
            motivation = "identifying";
            body = TextBody($"{entity.Name}：{entity.Data.Summary}", entity.Path, baseUrl);
        }
        else if (kind == 'a' && content.Annotations.TryGetValue(id, out var annotation))
        {
            var hits = QuoteAnchor.Find([block], annotation.Data.Prefix, annotation.Data.Quote, annotation.Data.Suffix);
            var hit = hits.Count > 0 ? hits[0] : null;
            if (hit is null)
            {
                return null;
            }

            start = hit.Start;
            exact = block.Text.Substring(hit.Start, hit.Length);
            motivation = annotation.Kind switch { AnnotationKind.Correction => "editing", AnnotationKind.Reference => "identifying", _ => "commenting" };
            var link = annotation.Data.Entity is { } e && content.Entities.TryGetValue(e, out var target) ? target.Path : null;
            body = TextBody(annotation.Data.Note ?? content.Entities[annotation.Data.Entity!].Data.Summary, link, baseUrl);
        }
        else
        {
            return null;
        }

        var end = start + exact.Length;
        return new JsonObject
        {
            ["id"] = $"{baseUrl}/annotations.jsonld#{kind}-{id}",
            ["type"] = "Annotation",
            ["motivation"] = motivation,
            ["body"] = body,
            ["target"] = new JsonObject
            {
                ["source"] = baseUrl + "/",
                ["selector"] = new JsonObject
                {
                    ["type"] = "TextQuoteSelector",
                    ["exact"] = exact,
                    ["prefix"] = block.Text[Math.Max(0, start - Context)..start],
                    ["suffix"] = block.Text[end..Math.Min(block.Text.Length, end + Context)],
                    ["refinedBy"] = new JsonObject { ["type"] = "CssSelector", ["value"] = "#" + block.Id },
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
