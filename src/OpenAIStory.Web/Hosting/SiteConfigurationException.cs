namespace OpenAIStory.Web.Hosting;

/// <summary>The site's configuration is missing or invalid (the message names the key and how to set it); start-up and
/// the verbs stop with the message, never a stack trace.</summary>
public sealed class SiteConfigurationException : Exception
{
    public SiteConfigurationException()
    {
    }

    public SiteConfigurationException(string message)
        : base(message)
    {
    }

    public SiteConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
