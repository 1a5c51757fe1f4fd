using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>Recognises and parses a byline: 来源/作者 fields, 文/NAME, and the original's URL.</summary>
public static partial class BylineRules
{
    [GeneratedRegex(@"作者\s*[:：]|^文\s*[/|｜]\s*\S|^(?:来源|出处|原文)\s*[:：].*https?://|原文(?:链接|地址)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex BylineShape();

    [GeneratedRegex(@"(?:来源|出处)\s*[:：]\s*(?<v>[^,，|｜(（]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformField();

    [GeneratedRegex(@"(?:作者\s*[:：]|^文\s*[/|｜])\s*(?<v>[^,，|｜(（]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorField();

    [GeneratedRegex(@"https?://[^\s()（）,，]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlField();

    /// <summary>Parses <paramref name="line"/> as a byline, or returns null when it is not shaped like one.</summary>
    public static Byline? TryParse(LineRecord line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Text;
        if (text.Length > 200 || text.EndsWith('。') || !BylineShape().IsMatch(text))
        {
            return null;
        }

        var platform = Field(PlatformField(), text);
        var author = Field(AuthorField(), text);
        var url = UrlField().Match(text) is { Success: true } u ? u.Value : null;
        return platform is null && author is null && url is null ? null : new Byline(platform, author, url, line.Number);
    }

    private static string? Field(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var value = m.Groups["v"].Value.Trim();
        // "来源：微信公众号 X 作者：Y" puts two fields in one run: cut at the next field label.
        var next = value.IndexOf("作者", StringComparison.Ordinal);
        if (next > 0)
        {
            value = value[..next].Trim();
        }

        return value.Length == 0 || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;
    }
}
