using System.Collections.Immutable;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>Splits decoded text into numbered raw lines, accepting LF, CRLF and lone CR line breaks.</summary>
public static class SourceSplitter
{
    /// <summary>Creates the pipeline's starting document: one <see cref="LineRecord"/> per raw line.</summary>
    public static ArticleDocument Split(string sourceName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ImmutableArray.CreateBuilder<LineRecord>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add(new LineRecord(lines.Count + 1, text[start..i], ""));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new LineRecord(lines.Count + 1, text[start..], ""));
        }

        return new ArticleDocument(sourceName, lines.ToImmutable());
    }
}
