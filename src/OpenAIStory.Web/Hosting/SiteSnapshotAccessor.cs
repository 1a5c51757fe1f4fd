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

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(snapshot is { } s
            ? HealthCheckResult.Healthy($"{s.Responses.Count} pages rendered in {s.Elapsed.TotalMilliseconds:F0} ms")
            : HealthCheckResult.Unhealthy("pages not rendered yet"));
}
