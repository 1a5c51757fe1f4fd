using OpenAIStory.Core.Content;

namespace OpenAIStory.Core.Tests.Content;

/// <summary>Positions come from the YAML parser: each field's and item's own line, whatever else the file holds.</summary>
public sealed class YamlContentTests
{
    private sealed record Item
    {
        public required string Id { get; init; }

        public string? Note { get; init; }

        public List<string> Tags { get; init; } = [];
    }

    private const string Items = """
        - id: gpt-3
          note: the model gpt
        - id: gpt
          tags: [a, b]
        -
          id: "gpt-4"
          note: |
            first line
            second line with gpt
        """;

    [Fact]
    public void Every_item_and_field_has_its_own_line()
    {
        var (items, at) = YamlContent.ReadLocated<List<Item>>("items.yml", Items);
        items.Count.ShouldBe(3);
        at[0]["id"].Line.ShouldBe(1);
        at[0]["note"].Line.ShouldBe(2);
        at[1]["id"].Line.ShouldBe(3);
        at[1]["tags"].Line.ShouldBe(4);
        at[1]["tags"][1].Line.ShouldBe(4);
        at[2].Line.ShouldBe(6);
        at[2]["id"].Line.ShouldBe(6);
    }

    [Fact]
    public void A_missing_field_or_item_names_the_node_that_lacks_it()
    {
        var (_, at) = YamlContent.ReadLocated<List<Item>>("items.yml", Items);
        at[1]["note"].Line.ShouldBe(3);
        at[1]["tags"][5].Line.ShouldBe(4);
        at[7].Line.ShouldBe(1);
    }

    [Fact]
    public void Words_inside_a_value_are_found_on_their_own_line_of_it()
    {
        var (_, at) = YamlContent.ReadLocated<List<Item>>("items.yml", Items);
        at[2]["note"].LineOf("second line").ShouldBe(9);
        at[2]["note"].LineOf("gpt").ShouldBe(9);
        at[0]["note"].LineOf("gpt").ShouldBe(2);
        at[0]["note"].LineOf("not there").ShouldBe(2);
    }

    [Fact]
    public void Front_matter_lines_count_from_the_top_of_the_file()
    {
        var (yaml, above, body) = FrontMatter.Split("a.md", "---\nid: a\nnote: b\n---\n\n\nThe body\n\nsecond paragraph\n");
        var (item, at) = YamlContent.ReadLocated<Item>("a.md", yaml, above);
        item.Id.ShouldBe("a");
        at["id"].Line.ShouldBe(2);
        at["note"].Line.ShouldBe(3);
        body.Line.ShouldBe(7);
        body.LineOf("second").ShouldBe(9);
    }

    [Fact]
    public void A_parse_error_names_its_line_in_the_file()
    {
        Should.Throw<ContentException>(() => YamlContent.Read<Item>("a.md", "id: a\nnote: [unclosed\n", 1))
            .Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("a.md:3: YAML");
        Should.Throw<ContentException>(() => YamlContent.Read<Item>("a.yml", "id: a\ncolour: red\n"))
            .Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("a.yml:2: YAML");
    }

    [Fact]
    public void An_empty_file_is_named() =>
        Should.Throw<ContentException>(() => YamlContent.Read<Item>("a.yml", "# nothing\n")).Message.ShouldBe("a.yml:1: the file is empty");
}
