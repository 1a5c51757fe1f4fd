using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Tests.Serving;

/// <summary>Start-up compresses quickly so that the site is ready sooner; once the server listens, every page is
/// recompressed at Brotli's best quality, swapped in under the same ETags, and only then stored for the next launch.</summary>
public sealed class SnapshotFinisherTests(SiteFactory site) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("openaistory-finish-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private WebApplicationFactory<Program> Launch(string cache = "off") => site.InProduction(cache, bestCompression: true);

    [Fact]
    public async Task Once_listening_every_page_is_recompressed_smaller_under_the_same_etags()
    {
        await using var launch = Launch();
        var accessor = launch.Services.GetRequiredService<SiteSnapshotAccessor>();
        using var client = launch.CreateClient();
        var quick = accessor.Snapshot;
        await launch.Services.GetRequiredService<SnapshotFinisher>().Finished.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        var best = accessor.Snapshot;

        best.ShouldNotBeSameAs(quick);
        best.Responses.Keys.Order(StringComparer.Ordinal).ShouldBe(quick.Responses.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, response) in best.Responses.Append(new(SiteSnapshot.NotFoundPath, best.NotFound)))
        {
            var before = path == SiteSnapshot.NotFoundPath ? quick.NotFound : quick.Responses[path];
            Decode(response.Brotli).ShouldBe(response.Identity, path);
            response.Brotli.Length.ShouldBeLessThanOrEqualTo(before.Brotli.Length, path);
            (response.Identity, response.Gzip, response.ETag, response.BrotliETag, response.GzipETag).ShouldBe((before.Identity, before.Gzip, before.ETag, before.BrotliETag, before.GzipETag), path);
        }

        best.Responses.Values.Sum(r => r.Brotli.Length).ShouldBeLessThan(quick.Responses.Values.Sum(r => r.Brotli.Length));

        // Requests get the recompressed bytes; a client holding the quick ones revalidates with a 304.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response2 = await client.SendAsync(request, Ct);
        (await response2.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(best.Find("/")!.Brotli);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        revalidate.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        revalidate.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(quick.Find("/")!.BrotliETag));
        using var notModified = await client.SendAsync(revalidate, Ct);
        notModified.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_stored_snapshot_is_the_finished_one()
    {
        byte[] finished;
        await using (var launch = Launch(folder))
        {
            launch.CreateClient().Dispose();
            await launch.Services.GetRequiredService<SnapshotFinisher>().Finished.WaitAsync(TimeSpan.FromMinutes(2), Ct);
            finished = launch.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Find("/")!.Brotli;
        }

        await using (var launch = Launch(folder))
        {
            launch.CreateClient().Dispose();
            launch.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldNotBeNull();
            launch.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot.Find("/")!.Brotli.ShouldBe(finished);
        }
    }

    [Fact]
    public async Task Stopped_midway_it_swaps_and_stores_nothing()
    {
        await using var launch = Launch(folder);
        launch.CreateClient().Dispose();
        await launch.Services.GetRequiredService<SnapshotFinisher>().Finished.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Delete(file);
        }

        var accessor = launch.Services.GetRequiredService<SiteSnapshotAccessor>();
        var current = accessor.Snapshot;
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        Should.Throw<OperationCanceledException>(() => launch.Services.GetRequiredService<SnapshotFinisher>().Finish(1, stopped.Token));
        // The recompression itself stops too (the finisher above may have stopped at the cards already).
        Should.Throw<OperationCanceledException>(() => current.WithBestBrotli(stopped.Token));
        accessor.Snapshot.ShouldBeSameAs(current);
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    private static byte[] Decode(byte[] brotli)
    {
        using var output = new MemoryStream();
        using (var stream = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress))
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }
}
