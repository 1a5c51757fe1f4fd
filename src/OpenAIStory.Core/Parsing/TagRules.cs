using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>Parses Xueqiu-style tag lines: #话题# topics and $名称(代码)$ cashtags.</summary>
public static partial class TagRules
{
    [GeneratedRegex(@"^(?:\s*(?:#[^#\r\n]{1,80}#|\$[^$\r\n]{1,60}\$))+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"#(?<topic>[^#\r\n]{1,80})#|\$(?<cash>[^$\r\n]{1,60})\$", RegexOptions.CultureInvariant)]
    private static partial Regex TagToken();

    [GeneratedRegex(@"^(?<name>.+?)\s*[(（]\s*(?<code>[A-Za-z]{0,2}\d{4,6}|[A-Za-z][A-Za-z.\-]{0,9})\s*[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex Cashtag();

    /// <summary>True when the whole line is made of tags (a tag line is short: a long line is prose, whatever it holds).</summary>
    public static bool IsTagLine(string text) => text is { Length: <= 1000 } && TagLine().IsMatch(text);

    /// <summary>The tags on a tag line, in order.</summary>
    public static IEnumerable<Tag> Parse(LineRecord line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (Match m in TagToken().Matches(line.Text))
        {
            if (m.Groups["topic"].Success)
            {
                yield return new Tag(TagKind.Topic, Text.ChinesePunctuation.Normalise(m.Groups["topic"].Value.Trim()), null, null, line.Number) { Raw = m.Value };
                continue;
            }

            var body = m.Groups["cash"].Value.Trim();
            var c = Cashtag().Match(body);
            if (!c.Success)
            {
                yield return new Tag(TagKind.Cashtag, body, null, null, line.Number) { Raw = m.Value };
                continue;
            }

            var (code, exchange) = SplitCode(c.Groups["code"].Value.ToUpperInvariant());
            yield return new Tag(TagKind.Cashtag, c.Groups["name"].Value, code, exchange, line.Number) { Raw = m.Value };
        }
    }

    /// <summary>Splits a Xueqiu stock code into the bare code and its exchange.</summary>
    public static (string Code, string? Exchange) SplitCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 8 && char.IsAsciiLetter(code[0]) && code[2..].All(char.IsAsciiDigit))
        {
            var exchange = code[..2] switch { "SZ" => "SZSE", "SH" => "SSE", "BJ" => "BSE", _ => null };
            return (code[2..], exchange);
        }

        if (code.All(char.IsAsciiDigit))
        {
            return code.Length switch
            {
                5 or 4 => (code, "HKEX"),
                6 when code[0] == '6' => (code, "SSE"),
                6 when code[0] is '0' or '3' => (code, "SZSE"),
                6 when code[0] is '4' or '8' or '9' => (code, "BSE"),
                _ => (code, null),
            };
        }

        return (code, code.All(ch => char.IsAsciiLetter(ch) || ch is '.' or '-') ? "US" : null);
    }
}
