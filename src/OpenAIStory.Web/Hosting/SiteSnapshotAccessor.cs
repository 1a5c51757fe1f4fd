using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenAIStory.Web.Hosting;

/// <summary>Holds the snapshot once start-up has rendered it; readiness reports healthy from then on.</summary>
public sealed class SiteSnapshotAccessor : IHealthCheck
{
    private SiteSnapshot? snapshot;

    /// <summary>The snapshot; start-up sets it before the server listens.</summary>
    public SiteSnapshot Snapshot => snapshot ?? throw new InvalidOperationException("The site snapshot is not rendered yet.");

    /// <summary>Sets the snapshot, once.</summary>
    public void Set(SiteSnapshot value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Interlocked.CompareExchange(ref snapshot, value, null) is not null)
        {
            throw new InvalidOperationException("The site snapshot is rendered once.");
        }
    }

    /// <summary>Swaps in a finished snapshot of the same pages (<see cref="SnapshotFinisher"/>): requests already
    /// answering keep the one they read, later ones get the new one.</summary>
    public void Replace(SiteSnapshot value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var current = Snapshot;
        if (value.Responses.Count != current.Responses.Count || !value.Responses.Keys.All(current.Responses.ContainsKey))
        {
            throw new InvalidOperationException("A finished snapshot holds the same pages as the one it replaces.");
        }

        Volatile.Write(ref snapshot, value);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(snapshot is { } s
            ? HealthCheckResult.Healthy($"{s.Responses.Count} pages rendered in {s.Elapsed.TotalMilliseconds:F0} ms")
            : HealthCheckResult.Unhealthy("pages not rendered yet"));
}
