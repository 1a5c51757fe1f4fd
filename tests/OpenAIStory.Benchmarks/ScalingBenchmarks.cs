using System.Text;
using BenchmarkDotNet.Attributes;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Benchmarks;

/// <summary>How parse time grows with input size on adversarial shapes (linear growth means no backtracking blow-up).</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly ScrapeParser parser = new();
    private string text = "";

    [Params("huge line", "tag-like line", "breadcrumb-like line", "blank lines", "numbers and units", "many tag lines")]
    public string Shape { get; set; } = "";

    [Params(1 << 16, 1 << 19)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var unit = Shape switch
        {
            "huge line" => "中文,English, 1,000万:12:30;",
            "tag-like line" => "#话题# $股票(SZ0000$ ",
            "breadcrumb-like line" => "首页 > 分类 > ",
            "blank lines" => "\n",
            "many tag lines" => "#话题# $股票(SZ000001)$\n",
            _ => "10亿美元2014年5月两到三倍",
        };
        var sb = new StringBuilder("标题\n\n正文第一段。\n\n");
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        text = sb.Append("x\n\n结尾一段。").ToString();
    }

    [Benchmark]
    public object? Parse()
    {
        try
        {
            return parser.Parse("scaling.txt", text).Document;
        }
        catch (ContentException ex)
        {
            return ex;
        }
    }
}
