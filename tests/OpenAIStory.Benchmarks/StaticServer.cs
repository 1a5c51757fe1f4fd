using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace OpenAIStory.Benchmarks;

/// <summary>A plain static file server on Kestrel (no compression, no app code): the baseline the load test compares the
/// dynamic site with. Usage: <c>static-server DIR PORT</c>.</summary>
public static class StaticServer
{
    public static async Task RunAsync(string directory, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(directory));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.RunAsync();
    }
}
