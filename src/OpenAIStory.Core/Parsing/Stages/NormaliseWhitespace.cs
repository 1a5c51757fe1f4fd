using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Parsing.Stages;

/// <summary>Folds odd spaces and trims every line; marks empty lines blank.</summary>
public sealed class NormaliseWhitespace : IDocumentStage
{
    public ArticleDocument Apply(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.Select(l =>
        {
            var text = WhitespaceNormaliser.NormaliseLine(l.Raw);
            return l with { Text = text, Role = text.Length == 0 ? LineRole.Blank : l.Role };
        });
        return document with { Lines = [.. lines] };
    }
}
