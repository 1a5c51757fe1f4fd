using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpenAIStory.Web.Tests;

/// <summary>The site as it runs in production, on a real Kestrel port on the loopback interface.</summary>
public sealed class KestrelFixture : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public KestrelFixture()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("environment", "Production").UseSetting("urls", "http://127.0.0.1:0").UseSetting("Site:BaseUrl", PublicAddress).UseSetting("Snapshot:Cache", "off"));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>The public address the production site is configured with (Site:BaseUrl).</summary>
    public const string PublicAddress = "https://openaistory.test";

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
