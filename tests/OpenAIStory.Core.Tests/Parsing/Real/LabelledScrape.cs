using System.Text.Json.Serialization;

namespace OpenAIStory.Core.Tests.Parsing.Real;

/// <summary>One entry of TestData/real/index.json: the hand labels of one page scrape (see that folder's README).</summary>
public sealed record LabelledScrape(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("partial")] bool Partial,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("title_line_numbers")] int[] TitleLineNumbers,
    [property: JsonPropertyName("body_first_line_number")] int BodyFirstLineNumber,
    [property: JsonPropertyName("body_last_line_number")] int? BodyLastLineNumber,
    [property: JsonPropertyName("boilerplate_line_numbers")] int[] BoilerplateLineNumbers,
    [property: JsonPropertyName("metadata_line_numbers")] int[] MetadataLineNumbers,
    [property: JsonPropertyName("section_heading_line_numbers")] int[] SectionHeadingLineNumbers,
    [property: JsonPropertyName("caption_line_numbers")] int[] CaptionLineNumbers);
