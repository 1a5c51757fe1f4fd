using System.Diagnostics;
using OpenAIStory.Web.Cards;

namespace OpenAIStory.Web.Hosting;

/// <summary>The work a rendering start-up leaves until the server listens, so that the site is ready sooner: every
/// share card drawn (start-up only lays them out, which gives their addresses), every page's Brotli representation
/// recompressed at the best quality (start-up uses a quick one) and swapped in, then the finished snapshot stored for
/// the next launch (<see cref="SnapshotCache"/>). The server runs it on one background thread, so that requests keep
/// the other core, and it stops when the application stops. A restored snapshot is already finished.</summary>
public sealed partial class SnapshotFinisher(SiteSnapshotAccessor accessor, ShareCards cards, SnapshotCache cache, IConfiguration configuration, ILogger<SnapshotFinisher> logger)
{
    /// <summary>The configuration key: <c>false</c> keeps the quick Brotli representations (the tests, which start
    /// many sites and stop them at once, set it); unset or <c>true</c> recompresses.</summary>
    public const string BestCompressionKey = "Snapshot:BestCompression";

    private readonly bool bestCompression = configuration.GetValue(BestCompressionKey, defaultValue: true);

    /// <summary>The finishing of this launch's snapshot once started; complete when there is nothing to finish.</summary>
    public Task Finished { get; private set; } = Task.CompletedTask;

    /// <summary>Starts finishing in the background (the server calls it once it listens).</summary>
    public void Start(CancellationToken stopping) =>
        Finished = Task.Factory.StartNew(() => FinishLogged(stopping), stopping, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void FinishLogged(CancellationToken stopping)
    {
        try
        {
            Finish(1, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The application is stopping: nothing swapped or stored, as documented.
        }
#pragma warning disable CA1031 // a failure here must not go unobserved; the site keeps serving what start-up rendered
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex);
        }
    }

    /// <summary>Draws the cards (on up to <paramref name="threads"/> threads), recompresses, swaps in and stores the
    /// snapshot now. Stops between cards and pages when asked; then nothing is swapped or stored.</summary>
    public void Finish(int threads, CancellationToken cancellationToken)
    {
        var drawing = Stopwatch.StartNew();
        var drawn = cards.DrawAll(threads, cancellationToken);
        if (drawn > 0)
        {
            var (elapsed, bytes) = (drawing.Elapsed, cards.TotalBytes);
            LogDrawn(drawn, bytes / 1024, elapsed.TotalMilliseconds);
        }

        var snapshot = accessor.Snapshot;
        if (bestCompression)
        {
            var clock = Stopwatch.StartNew();
            var before = BrotliBytes(snapshot);
            snapshot = snapshot.WithBestBrotli(cancellationToken);
            accessor.Replace(snapshot);
            var (elapsed, after) = (clock.Elapsed, BrotliBytes(snapshot));
            LogRecompressed(snapshot.Responses.Count + 1, before, after, elapsed.TotalMilliseconds);
        }

        cache.Save(snapshot, cards);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Finishing the snapshot failed; the site keeps serving the pages as start-up rendered them, and nothing is stored")]
    private partial void LogFailed(Exception exception);

    private static long BrotliBytes(SiteSnapshot snapshot) => snapshot.Responses.Values.Sum(r => (long)r.Brotli.Length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Drew {Cards} share cards in the background ({TotalKB} KB of PNG in all) in {ElapsedMs:F0} ms")]
    private partial void LogDrawn(int cards, long totalKB, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recompressed {Pages} pages and data files with Brotli's best quality in the background: {Before} → {After} bytes in {ElapsedMs:F0} ms")]
    private partial void LogRecompressed(int pages, long before, long after, double elapsedMs);
}
