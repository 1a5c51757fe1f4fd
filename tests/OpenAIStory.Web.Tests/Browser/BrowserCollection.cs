namespace OpenAIStory.Web.Tests.Browser;

/// <summary>One server and one browser for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
