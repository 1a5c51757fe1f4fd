namespace OpenAIStory.Core.Content.Entities;

/// <summary>What kind of thing an entity is; decides its route and its schema.org type.</summary>
public enum EntityType
{
    Person,
    Company,
    Organization,
    Product,
    Model,
    Paper,
    Work,
    Place,
}
