namespace OpenAIStory.Web.Reading;

/// <summary>One relation as seen from an entity page: "联合创立 → OpenAI (2015)" or "联合创始人 ← 阿尔特曼".</summary>
/// <param name="Label">How the relation reads from this entity.</param>
/// <param name="Name">The other entity's name.</param>
/// <param name="Href">The other entity's page.</param>
/// <param name="Years">"2015", "2014—2019" or null.</param>
/// <param name="Outgoing">True when this entity is the relation's subject.</param>
public sealed record RelationView(string Label, string Name, string Href, string? Years, bool Outgoing);
