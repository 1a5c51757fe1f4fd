using System.Text;
using CsCheck;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>Random and adversarial input: the pipeline either parses or refuses with a ContentException — never
/// another exception — on random text, random bytes and large adversarial shapes.</summary>
public sealed class PropertyTests
{
    private static readonly ScrapeParser Parser = new();

    /// <summary>Characters that matter to the rules: CJK, both widths of punctuation, brackets, markers, controls, spaces.</summary>
    private static readonly Gen<char> Interesting = Gen.OneOf(
        Gen.Char['\u4E00', '\u4E20'],
        Gen.OneOf<char>(',', ':', ';', '!', '?', '(', ')', '，', '：', '（', '）', '。', '#', '$', '[', ']', '【', '】', '|', '>', '»', '-', '、', '.', '“', '”', '&'),
        Gen.OneOf<char>('\n', '\r', ' ', '\t', '\u3000', '\u00A0', '\u200B', '\0', '\u0001', '\uFEFF'),
        Gen.Char['0', '9'],
        Gen.Char['a', 'z'],
        Gen.OneOf<char>('年', '月', '日', '万', '亿', '美', '元', '附', '图', '来', '源', '作', '者', '首', '页', '一', '二', '十', '第', '章'));

    private static void ParsesOrRefuses(string text)
    {
        try
        {
            Parser.Parse("random.txt", text);
        }
        catch (ContentException ex)
        {
            ex.Errors.ShouldAllBe(e => e.File == "random.txt");
        }
    }

    [Fact]
    public void Random_text_parses_or_is_refused_with_a_clear_error() =>
        Gen.String[Interesting, 0, 400].Sample(ParsesOrRefuses, iter: 3000);

    [Fact]
    public void Random_unicode_parses_or_is_refused_with_a_clear_error() =>
        Gen.String.Sample(ParsesOrRefuses, iter: 2000);

    [Fact]
    public void Random_bytes_parse_or_are_refused_with_a_clear_error() =>
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            try
            {
                Parser.Parse("bytes.bin", bytes);
            }
            catch (ContentException ex)
            {
                ex.Errors.ShouldAllBe(e => e.File == "bytes.bin");
            }
        }, iter: 2000);

    [Fact]
    public void Recognisers_never_throw_and_spans_stay_inside_the_text() =>
        Gen.String[Interesting, 0, 200].Sample(text =>
        {
            foreach (var m in DateRecognizer.Find(text, new DateContext("2016-05", "2023")))
            {
                (m.Start + m.Length).ShouldBeLessThanOrEqualTo(text.Length);
            }

            foreach (var m in AmountRecognizer.Find(text))
            {
                (m.Start + m.Length).ShouldBeLessThanOrEqualTo(text.Length);
            }
        }, iter: 3000);

    public static TheoryData<string> Adversarial => new()
    {
        "huge line",
        "nested brackets",
        "only punctuation",
        "blank lines",
        "tag-like line",
        "numbers and units",
        "breadcrumb-like line",
        "control characters",
        "appendix of many paragraphs",
        "many tag lines",
    };

    /// <summary>Half a megabyte of each adversarial shape is parsed or refused cleanly. How the time grows with size is
    /// measured by the ScalingBenchmarks in tests/OpenAIStory.Benchmarks and written in docs/performance.md, not
    /// asserted here: timings in a shared test run are not a test.</summary>
    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Half_a_megabyte_of_adversarial_input_is_handled(string shape) => ParsesOrRefuses(Make(shape, 1 << 19));

    private static string Make(string shape, int size)
    {
        var sb = new StringBuilder(size + 16);
        sb.Append("标题\n\n正文第一段。\n\n");
        var unit = shape switch
        {
            "huge line" => "中文,English, 1,000万:12:30;",
            "nested brackets" => "((（【[",
            "only punctuation" => "，。！？、；：,.!?;:",
            "blank lines" => "\n",
            "tag-like line" => "#话题# $股票(SZ0000$ ",
            "numbers and units" => "10亿美元2014年5月两到三倍",
            "breadcrumb-like line" => "首页 > 分类 > ",
            "appendix of many paragraphs" => "附：一段。\n",
            "many tag lines" => "#话题# $股票(SZ000001)$\n",
            _ => "\u0001\u0002正",
        };
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        // A stray last character makes line-level patterns fail at the very end: the worst case for backtracking.
        return sb.Append("x\n\n结尾一段。").ToString();
    }
}
