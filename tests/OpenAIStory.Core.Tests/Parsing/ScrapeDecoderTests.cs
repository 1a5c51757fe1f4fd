using System.Text;
using OpenAIStory.Core.Content;
using OpenAIStory.Core.Parsing;

namespace OpenAIStory.Core.Tests.Parsing;

public sealed class ScrapeDecoderTests
{
    [Fact]
    public void Strips_a_utf8_byte_order_mark() =>
        ScrapeDecoder.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("标题")]).ShouldBe("标题");

    [Fact]
    public void Empty_input_names_the_file()
    {
        var ex = Should.Throw<ContentException>(() => ScrapeDecoder.Decode("dir/a.txt", []));
        ex.Errors.Single().File.ShouldBe("dir/a.txt");
        ex.Message.ShouldContain("empty");
    }

    [Fact]
    public void Invalid_utf8_names_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("ok\nok\n").Concat(new byte[] { 0xC4, 0xE3, 0xBA, 0xC3 }).ToArray(); // 你好 in GBK
        var ex = Should.Throw<ContentException>(() => ScrapeDecoder.Decode("gbk.txt", bytes));
        ex.Errors.Single().Line.ShouldBe(3);
        ex.Message.ShouldContain("UTF-8");
    }

    [Fact]
    public void Nul_byte_is_binary_with_its_line()
    {
        var ex = Should.Throw<ContentException>(() => ScrapeDecoder.Decode("b.txt", [(byte)'a', (byte)'\n', 0, 1, 2]));
        ex.Errors.Single().Line.ShouldBe(2);
        ex.Message.ShouldContain("binary");
    }

    [Fact]
    public void Utf16_is_refused_with_advice() =>
        Should.Throw<ContentException>(() => ScrapeDecoder.Decode("u.txt", [0xFF, 0xFE, 0x41, 0x00])).Message.ShouldContain("UTF-16");

    [Fact]
    public void Mostly_control_characters_is_binary() =>
        Should.Throw<ContentException>(() => ScrapeDecoder.Decode("c.txt", Enumerable.Repeat((byte)1, 50).ToArray())).Message.ShouldContain("binary");
}
