using System.Text;
using OpenAIStory.Core.Content;

namespace OpenAIStory.Core.Parsing;

/// <summary>Turns the bytes of a raw scrape into text, refusing empty, binary and non-UTF-8 input with a clear message.</summary>
public static class ScrapeDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="name"/>.</summary>
    /// <exception cref="ContentException">The input is empty, binary or not UTF-8.</exception>
    public static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (bytes.IsEmpty)
        {
            throw new ContentException(new ContentError(name, null, "文件为空 (the file is empty): there is no article to read."));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ContentException(new ContentError(name, 1, "文件是 UTF-16 编码 (UTF-16 byte-order mark); save the scrape as UTF-8."));
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ContentException(new ContentError(name, LineOf(bytes, nul),
                $"文件含有二进制数据 (binary data: a NUL byte at offset {nul}); a scrape must be UTF-8 text."));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : FirstInvalidUtf8(bytes);
            throw new ContentException(new ContentError(name, LineOf(bytes, offset),
                $"文件不是 UTF-8 编码 (not valid UTF-8 near byte offset {offset}; GBK or another legacy encoding?). Convert it to UTF-8 first."));
        }

        var controls = CountControlCharacters(text);
        if (controls * 10 > text.Length)
        {
            throw new ContentException(new ContentError(name, null,
                $"文件看起来是二进制数据 (binary: {controls} control characters in {text.Length}); a scrape must be text."));
        }

        return text;
    }

    private static int CountControlCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                count++;
            }
        }

        return count;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        return bytes[..offset].Count((byte)'\n') + 1;
    }
}
