using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenAIStory.Web.Cards;
using OpenAIStory.Web.Hosting;

namespace OpenAIStory.Web.Tests.Serving;

/// <summary>The snapshot kept between launches: a launch with the same build, content and settings serves the stored
/// bytes without rendering; anything else renders; a damaged file is never served.</summary>
public sealed class SnapshotCacheTests(SiteFactory site) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("openaistory-cache-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private WebApplicationFactory<Program> Launch() => site.InProduction(folder);

    [Fact]
    public async Task A_second_launch_serves_the_first_launch_s_bytes_without_rendering()
    {
        byte[] first;
        byte[] card;
        string cardPath;
        await using (var launch = Launch())
        {
            using var client = launch.CreateClient();
            first = await client.GetByteArrayAsync(new Uri("/", UriKind.Relative), Ct);
            launch.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldBeNull("the first launch renders");
            cardPath = launch.Services.GetRequiredService<ShareCards>().ForPage("/")!.ImagePath;
            card = await client.GetByteArrayAsync(new Uri(cardPath, UriKind.Relative), Ct);
            await WaitForFile();
        }

        await using (var launch = Launch())
        {
            using var client = launch.CreateClient();
            (await client.GetByteArrayAsync(new Uri("/", UriKind.Relative), Ct)).ShouldBe(first);
            (await client.GetByteArrayAsync(new Uri(cardPath, UriKind.Relative), Ct)).ShouldBe(card);
            launch.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldNotBeNull("the second launch restores");
            (await client.GetStringAsync(new Uri("/readyz", UriKind.Relative), Ct)).ShouldBe("Healthy");
        }

        // Another public address is another site: nothing stored for it, so it renders.
        await using (var elsewhere = site.InProduction(folder, "https://elsewhere.example"))
        {
            elsewhere.CreateClient().Dispose();
            elsewhere.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldBeNull("the key holds the public address");
            await elsewhere.Services.GetRequiredService<SnapshotFinisher>().Finished;
        }
    }

    [Fact]
    public async Task Prerender_stores_the_snapshot_the_server_s_next_launch_restores()
    {
        string[] args = ["prerender", "--environment", "Production", "--Site:BaseUrl=" + KestrelFixture.PublicAddress, $"--{SnapshotCache.Key}={folder}"];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        (await OpenAIStory.Web.Cli.CommandLine.RunAsync(args, stdout, stderr)).ShouldBe(0, stderr.ToString());
        stdout.ToString().ShouldStartWith("ok: rendered ");
        Directory.GetFiles(folder, "*.snapshot").Length.ShouldBe(1);

        using var again = new StringWriter();
        (await OpenAIStory.Web.Cli.CommandLine.RunAsync(args, again, stderr)).ShouldBe(0, stderr.ToString());
        again.ToString().ShouldContain("already holds");

        await using var launch = Launch();
        launch.CreateClient().Dispose();
        launch.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldNotBeNull("the server restores what prerender stored");
    }

    [Fact]
    public async Task Prerender_with_the_cache_off_says_so()
    {
        using var stderr = new StringWriter();
        (await OpenAIStory.Web.Cli.CommandLine.RunAsync(["prerender", "--environment", "Production", "--Site:BaseUrl=" + KestrelFixture.PublicAddress, $"--{SnapshotCache.Key}=off"], TextWriter.Null, stderr)).ShouldBe(1);
        stderr.ToString().ShouldContain(SnapshotCache.Key);
    }

    [Fact]
    public void The_file_holds_every_response_and_card_as_rendered()
    {
        var snapshot = site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot;
        var cards = site.Services.GetRequiredService<ShareCards>();
        var (restored, restoredCards) = SnapshotCache.Read(SnapshotCache.Write(snapshot, cards, "k"), "k");

        restored.Responses.Keys.Order(StringComparer.Ordinal).ShouldBe(snapshot.Responses.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, response) in snapshot.Responses)
        {
            var copy = restored.Responses[path];
            copy.Identity.ShouldBe(response.Identity, path);
            copy.Brotli.ShouldBe(response.Brotli, path);
            copy.Gzip.ShouldBe(response.Gzip, path);
            (copy.ContentType, copy.Status, copy.ETag, copy.BrotliETag, copy.GzipETag).ShouldBe((response.ContentType, response.Status, response.ETag, response.BrotliETag, response.GzipETag), path);
        }

        restored.NotFound.Identity.ShouldBe(snapshot.NotFound.Identity);
        restoredCards.All.Select(c => (c.PagePath, c.ImagePath, c.AltText, Png: Convert.ToHexString(c.Png.Span))).ShouldBe(
            cards.All.Select(c => (c.PagePath, c.ImagePath, c.AltText, Png: Convert.ToHexString(c.Png.Span))));
    }

    [Fact]
    public void A_damaged_truncated_or_foreign_file_is_refused()
    {
        var bytes = SnapshotCache.Write(site.Services.GetRequiredService<SiteSnapshotAccessor>().Snapshot, site.Services.GetRequiredService<ShareCards>(), "k");
        var flipped = (byte[])bytes.Clone();
        flipped[^100] ^= 0xFF;

        Should.Throw<InvalidDataException>(() => SnapshotCache.Read(flipped, "k")).Message.ShouldContain("checksum");
        Should.Throw<InvalidDataException>(() => SnapshotCache.Read(bytes[..(bytes.Length / 2)], "k"));
        Should.Throw<InvalidDataException>(() => SnapshotCache.Read(bytes, "another key"));
        Should.Throw<InvalidDataException>(() => SnapshotCache.Read([1, 2, 3], "k"));
    }

    [Fact]
    public async Task A_damaged_file_is_ignored_and_the_site_renders()
    {
        await using (var launch = Launch())
        {
            launch.CreateClient().Dispose();
            await WaitForFile();
        }

        var file = Directory.GetFiles(folder, "*.snapshot").Single();
        var bytes = await File.ReadAllBytesAsync(file, Ct);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(file, bytes, Ct);

        await using (var launch = Launch())
        {
            using var client = launch.CreateClient();
            (await client.GetAsync(new Uri("/", UriKind.Relative), Ct)).IsSuccessStatusCode.ShouldBeTrue();
            launch.Services.GetRequiredService<SnapshotCache>().RestoredCards.ShouldBeNull("a damaged file is not used");
            await launch.Services.GetRequiredService<SnapshotFinisher>().Finished;
        }
    }

    [Fact]
    public void The_key_changes_with_any_content_byte_or_setting_and_with_nothing_else()
    {
        var content = Directory.CreateTempSubdirectory("openaistory-content-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(content, "article.yml"), "title: a\n");
            Directory.CreateDirectory(Path.Combine(content, "people"));
            File.WriteAllText(Path.Combine(content, "people", "a.md"), "note");
            var app = AppContext.BaseDirectory;
            var key = SnapshotCache.ComputeKey(content, app, "Production\nhttps://a.example");

            SnapshotCache.ComputeKey(content, app, "Production\nhttps://a.example").ShouldBe(key);
            SnapshotCache.ComputeKey(content, app, "Production\nhttps://b.example").ShouldNotBe(key);
            File.WriteAllText(Path.Combine(content, "people", "a.md"), "notE");
            SnapshotCache.ComputeKey(content, app, "Production\nhttps://a.example").ShouldNotBe(key);
            File.WriteAllText(Path.Combine(content, "people", "a.md"), "note");
            SnapshotCache.ComputeKey(content, app, "Production\nhttps://a.example").ShouldBe(key);
            File.Move(Path.Combine(content, "people", "a.md"), Path.Combine(content, "people", "b.md"));
            SnapshotCache.ComputeKey(content, app, "Production\nhttps://a.example").ShouldNotBe(key);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public void Development_keeps_no_snapshot_unless_told_to_and_off_turns_it_off()
    {
        SnapshotCache.ResolveFolder(null, development: true).ShouldBeNull();
        SnapshotCache.ResolveFolder("", development: true).ShouldBeNull();
        SnapshotCache.ResolveFolder(" Off ", development: false).ShouldBeNull();
        SnapshotCache.ResolveFolder(null, development: false)!.ShouldEndWith(Path.Combine("OpenAIStory", "snapshots"));
        SnapshotCache.ResolveFolder(folder, development: true).ShouldBe(folder);
    }

    private async Task WaitForFile()
    {
        for (var i = 0; i < 200 && Directory.GetFiles(folder, "*.snapshot").Length == 0; i++)
        {
            await Task.Delay(50, Ct);
        }

        Directory.GetFiles(folder, "*.snapshot").Length.ShouldBe(1);
    }
}
