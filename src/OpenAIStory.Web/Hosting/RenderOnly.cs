namespace OpenAIStory.Web.Hosting;

/// <summary>Endpoint metadata: the endpoint renders a page or data file for the snapshot at start-up and is never
/// reached by a request (requests get the pre-rendered bytes).</summary>
public sealed class RenderOnly
{
    public static RenderOnly Instance { get; } = new();
}
