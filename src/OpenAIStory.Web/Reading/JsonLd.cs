using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace OpenAIStory.Web.Reading;

/// <summary>JSON-LD serialised for a <c>&lt;script type="application/ld+json"&gt;</c> element: &lt; &gt; &amp; and quotes
/// in strings are written as <c>\uXXXX</c>, so no value can close the element or open another; Chinese stays readable.</summary>
public sealed class JsonLd : IHtmlContent
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly string json;

    public JsonLd(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        json = node.ToJsonString(Options);
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(json);
    }

    /// <summary>The serialised JSON.</summary>
    public override string ToString() => json;
}
