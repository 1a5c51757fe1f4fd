using System.Text.Json;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Model;

/// <summary>The flat span shape docs/cli.md documents: start, length, kind, value, then the fields each kind has, in a
/// fixed order, absent and false fields left out.</summary>
public sealed class SpanJsonConverterTests
{
    private static readonly JsonSerializerOptions Compact = new(DocumentJson.Options) { WriteIndented = false };

    public static TheoryData<Span, string> Shapes => new()
    {
        { new ReferenceMarker(87, 3, 3), """{"start":87,"length":3,"kind":"reference-marker","value":"3"}""" },
        { new Mention(0, 3, "sam-altman"), """{"start":0,"length":3,"kind":"entity","value":"sam-altman"}""" },
        { new Mention(4, 8, "yoshua-bengio") { Origin = "professor" }, """{"start":4,"length":8,"kind":"entity","value":"yoshua-bengio","origin":"professor"}""" },
        {
            new DateSpan(0, 6, "2015", DatePrecision.PartOfYear, "2015年初（约1—3月）") { Approximate = true },
            """{"start":0,"length":6,"kind":"date","value":"2015","unit":"partofyear","approximate":true,"label":"2015年初（约1—3月）"}"""
        },
        { new DateSpan(2, 5, "P15M", DatePrecision.Duration, "15个月"), """{"start":2,"length":5,"kind":"date","value":"P15M","unit":"duration","label":"15个月"}""" },
        {
            new AmountSpan(3, 6, 1_000_000_000m) { Currency = Currencies.Usd, AsOf = "2015-12-11" },
            """{"start":3,"length":6,"kind":"amount","value":"1000000000","unit":"USD","asOf":"2015-12-11"}"""
        },
        {
            new AmountSpan(0, 4, 2m) { Upper = 3m, Counter = "倍", Approximate = true, DatedBy = "compute", AsOf = "2023" },
            """{"start":0,"length":4,"kind":"amount","value":"2","unit":"倍","approximate":true,"origin":"compute","upper":"3","asOf":"2023"}"""
        },
        { new AmountSpan(0, 4, 350_000_000.0m), """{"start":0,"length":4,"kind":"amount","value":"350000000.0","unit":""}""" },
        { new NoteMarker(12, "openai-founding") { Date = "2015-12-11" }, """{"start":12,"length":0,"kind":"note","value":"openai-founding","asOf":"2015-12-11"}""" },
        { new ClaimMarker(20, "call"), """{"start":20,"length":0,"kind":"claim","value":"call"}""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_kind_is_written_in_the_documented_shape(Span span, string json) =>
        JsonSerializer.Serialize(span, Compact).ShouldBe(json);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_kind_reads_back_as_it_was_written(Span span, string json) =>
        JsonSerializer.Deserialize<Span>(json, Compact).ShouldBe(span);

    [Fact]
    public void A_block_of_every_kind_round_trips_through_the_parse_options()
    {
        var spans = Shapes.Select(row => row.Data.Item1).ToList();
        var block = new Block("p-1", BlockKind.Paragraph, new string('字', 100), 9) { Spans = [.. spans] };
        var json = JsonSerializer.Serialize(block, DocumentJson.Options);
        var back = JsonSerializer.Deserialize<Block>(json, DocumentJson.Options).ShouldNotBeNull();
        back.Spans.ShouldBe(spans);
        JsonSerializer.Serialize(back, DocumentJson.Options).ShouldBe(json);
    }

    [Fact]
    public void An_unknown_kind_is_an_error()
    {
        var json = """{"start":0,"length":1,"kind":"footnote","value":"1"}""";
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Span>(json, Compact));
    }
}
