using System.Text;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders an entity mention as a link to the entity's page that carries <c>data-entity</c> and opens its preview card.</summary>
public sealed class EntitySpanRenderer(IReadOnlyDictionary<string, Entity> entities) : ISpanRenderer
{
    public bool Handles(Span span) => span is Mention mention && entities.ContainsKey(mention.EntityId);

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        var entity = entities[((Mention)span).EntityId];
        html.Append("<a class=\"mention\" href=\"").Append(HtmlText.Encode(entity.Path))
            .Append("\" data-entity=\"").Append(HtmlText.Encode(entity.Id))
            .Append("\" data-card=\"").Append(HtmlText.Encode(Anchors.EntityCard(entity.Id))).Append("\">")
            .Append(encodedText).Append("</a>");
    }
}
