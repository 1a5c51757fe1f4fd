using System.Diagnostics;
using System.Text;
using CsCheck;
using OpenAIStory.Core.Annotation;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

/// <summary>Random and adversarial input: the pipeline either parses or refuses with a ContentException — never
/// another exception — and its time grows in proportion to the input (no regex backtracking blow-ups).</summary>
[Collection(nameof(TimingCollection))]
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
    };

    /// <summary>Doubling the input must not much more than double the time: quadratic or exponential work would
    /// multiply it by 4 or more at every step: 8× the input may take at most 24× the time (64× for quadratic work).
/// Each size is timed three times after a full collection and the best run counts, so GC pauses do not decide.</summary>
    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_input_takes_time_proportional_to_its_size(string shape)
    {
        var small = Time(Make(shape, 1 << 16));
        var large = Time(Make(shape, 1 << 19));
        (large / Math.Max(small, 1)).ShouldBeLessThan(24, $"{shape}: {small:F1} ms for 64K, {large:F1} ms for 512K");
    }

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
            _ => "\u0001\u0002正",
        };
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        // A stray last character makes line-level patterns fail at the very end: the worst case for backtracking.
        return sb.Append("x\n\n结尾一段。").ToString();
    }

    private static double Time(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var started = Stopwatch.GetTimestamp();
            try
            {
                Parser.Parse("big.txt", text);
            }
            catch (ContentException)
            {
                // refusing is fine; only the time matters here
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return best;
    }
}
