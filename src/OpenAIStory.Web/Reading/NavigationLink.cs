namespace OpenAIStory.Web.Reading;

/// <summary>One link of the site navigation.</summary>
public sealed record NavigationLink(string Href, string Label);
