using OpenAIStory.Web.Hosting;

return await WebsiteHost.RunAsync(args);

/// <summary>The web application's entry point (public so that integration tests can host it).</summary>
public partial class Program;
