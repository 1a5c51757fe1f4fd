using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>The JSON form of a parsed document printed by the <c>parse</c> verb (see docs/cli.md).</summary>
public static class DocumentJson
{
    /// <summary>Options shared by every JSON writer of the project: indented, CJK unescaped, enums in kebab-case.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Serialises the document: metadata, lead, sections, appendix, tags and every removed line with its reason.</summary>
    public static string Serialize(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var node = new JsonObject
        {
            ["source"] = document.SourceName,
            ["title"] = document.Title,
            ["byline"] = JsonSerializer.SerializeToNode(document.Byline, Options),
            ["lead"] = Blocks(document.Lead),
            ["sections"] = new JsonArray([.. document.Sections.Select(SectionNode)]),
            ["appendix"] = Blocks(document.Appendix),
            ["tags"] = JsonSerializer.SerializeToNode(document.Tags, Options),
            ["removed"] = new JsonArray([.. document.RemovedLines.Select(l => (JsonNode)new JsonObject
            {
                ["line"] = l.Number,
                ["text"] = l.Raw,
                ["reason"] = JsonSerializer.SerializeToNode(l.Reason, Options),
            })]),
        };
        return node.ToJsonString(Options);
    }

    // "level" and "subsections" are written only for nested headings, so documents without them read as before.
    private static JsonNode SectionNode(Section s)
    {
        var node = new JsonObject
        {
            ["heading"] = s.Heading,
            ["keyword"] = s.Keyword,
            ["slug"] = s.Slug,
            ["line"] = s.Line,
        };
        if (s.Level != 2)
        {
            node["level"] = s.Level;
        }

        node["blocks"] = Blocks(s.Blocks);
        if (s.Subsections.Length > 0)
        {
            node["subsections"] = new JsonArray([.. s.Subsections.Select(SectionNode)]);
        }

        return node;
    }

    private static JsonArray Blocks(IEnumerable<Block> blocks) =>
        new([.. blocks.Select(b => JsonSerializer.SerializeToNode(b, Options))]);
}
