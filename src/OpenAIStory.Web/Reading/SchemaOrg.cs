using System.Text.Json.Nodes;
using OpenAIStory.Core.Content.Entities;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Web.Reading;

/// <summary>schema.org JSON-LD for entity pages, the article and the ledger, as <see cref="JsonLd"/> for a script element.</summary>
public static class SchemaOrg
{
    public static JsonLd ForEntity(Entity entity, string url)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = entity.Type switch
            {
                EntityType.Person => "Person",
                EntityType.Company or EntityType.Organization => "Organization",
                EntityType.Product => "Product",
                EntityType.Model => "SoftwareApplication",
                EntityType.Paper => "ScholarlyArticle",
                EntityType.Place => "Place",
                _ => "CreativeWork",
            },
            ["@id"] = url,
            ["url"] = url,
            ["name"] = entity.Name,
            ["description"] = NoteRenderer.Plain(entity.Data.Summary),
        };
        if (entity.Original is { } original)
        {
            node["alternateName"] = original;
        }

        if (entity.Data.SameAs.Count > 0)
        {
            node["sameAs"] = new JsonArray([.. entity.Data.SameAs.Select(s => (JsonNode)s)]);
        }

        if (entity.Type == EntityType.Person && entity.Data.Born is { } born)
        {
            node["birthDate"] = born;
        }

        if (entity.Type is EntityType.Company or EntityType.Organization && entity.Data.Founded is { } founded)
        {
            node["foundingDate"] = founded;
        }

        return new JsonLd(node);
    }

    /// <summary>The article's schema.org Article: headline, author, date, the original it is based on.</summary>
    public static JsonLd ForArticle(ArticleView article, string url)
    {
        ArgumentNullException.ThrowIfNull(article);
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["@id"] = url,
            ["url"] = url,
            ["headline"] = article.Title,
            ["description"] = article.Description,
            ["inLanguage"] = "zh-CN",
        };
        if (article.Author is { } author)
        {
            node["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        if (article.Published is { } published)
        {
            node["datePublished"] = published;
        }

        if (article.OriginalUrl is { } original)
        {
            node["isBasedOn"] = new JsonObject { ["@type"] = "Article", ["url"] = original, ["publisher"] = article.Platform };
        }

        return new JsonLd(node);
    }

    /// <summary>One schema.org ClaimReview per checked claim, as a JSON-LD graph: the claim reviewed, the verdict in
    /// words (and as a rating where the verdict is a degree of truth), the claim's appearance (its paragraph) and author.</summary>
    public static JsonLd ForClaims(ArticleView article, IReadOnlyList<ClaimView> claims, Func<string, string> absolute, string? datePublished)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(absolute);
        var graph = new JsonArray();
        foreach (var claim in claims)
        {
            var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = claim.Verdict.Words };
            if (claim.Verdict.Rating is { } value)
            {
                rating["ratingValue"] = value;
                rating["bestRating"] = 5;
                rating["worstRating"] = 1;
            }

            var item = new JsonObject
            {
                ["@type"] = "Claim",
                ["appearance"] = new JsonObject { ["@type"] = "Article", ["url"] = absolute(claim.Href), ["headline"] = article.Title },
            };
            if (article.Author is { } author)
            {
                item["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
            }

            if (article.Published is { } published)
            {
                item["datePublished"] = published;
            }

            var review = new JsonObject
            {
                ["@type"] = "ClaimReview",
                ["url"] = absolute(Anchors.ClaimInLedger(claim.Id)),
                ["claimReviewed"] = claim.Claim,
                ["reviewRating"] = rating,
                ["itemReviewed"] = item,
                ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "OpenAIStory", ["url"] = absolute("/") },
                ["inLanguage"] = "zh-CN",
            };
            if (datePublished is not null)
            {
                review["datePublished"] = datePublished;
            }

            graph.Add(review);
        }

        return new JsonLd(new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph });
    }
}
