using Microsoft.Net.Http.Headers;

namespace OpenAIStory.Web.Hosting;

/// <summary>Answers every page request from the start-up snapshot: the representation the client accepts (Brotli,
/// gzip or identity, by Accept-Encoding q-values), its own ETag, 304 on a match, and the pre-rendered 404 page for any
/// other page path. Nothing a client sends can cause a render or a compression. Static assets and health endpoints
/// pass through to their own endpoints.</summary>
public sealed class SnapshotServer(RequestDelegate next, SiteSnapshotAccessor accessor, TimeProvider clock)
{
    private readonly DateTimeOffset loaded = TruncateToSeconds(clock.GetUtcNow());

    // Formatted once, on the first answer: every answer carries the same start-up time.
    private string? lastModified;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<RenderOnly>() is null)
        {
            return next(context);
        }

        var snapshot = accessor.Snapshot;
        return ServeAsync(context, snapshot.Find(context.Request.Path.Value) ?? snapshot.NotFound);
    }

    private async Task ServeAsync(HttpContext context, PrerenderedResponse entry)
    {
        var response = context.Response;
        var (bytes, encoding, etag) = Choose(context.Request, entry);
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.LastModified = lastModified ??= HeaderUtilities.FormatDate(loaded);
        response.Headers.CacheControl = entry.Status == StatusCodes.Status200OK ? "public, max-age=0, must-revalidate" : "no-cache";
        if (entry.Status == StatusCodes.Status200OK && NotModified(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = entry.Status;
        response.ContentType = entry.ContentType;
        response.ContentLength = bytes.Length;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>The best representation by the client's q-values: Brotli, then gzip, then identity on ties; identity
    /// when the header is absent or refuses everything else.</summary>
    public static (byte[] Bytes, string? Encoding, string ETag) Choose(HttpRequest request, PrerenderedResponse entry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entry);
        var values = request.Headers.AcceptEncoding;
        if (values.Count == 0 || !StringWithQualityHeaderValue.TryParseList(values, out var accepted) || accepted.Count == 0)
        {
            return (entry.Identity, null, entry.ETag);
        }

        // One pass: the highest q of each coding named, and the first "*" for the codings not named.
        double? br = null, gzip = null, identity = null, star = null;
        foreach (var coding in accepted)
        {
            var q = coding.Quality ?? 1;
            var name = coding.Value;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) { br = Math.Max(br ?? 0, q); }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase)) { gzip = Math.Max(gzip ?? 0, q); }
            else if (name.Equals("identity", StringComparison.OrdinalIgnoreCase)) { identity = Math.Max(identity ?? 0, q); }
            else if (name.Equals("*", StringComparison.Ordinal)) { star ??= q; }
        }

        br ??= star ?? 0;
        gzip ??= star ?? 0;
        identity ??= star ?? 0.001;
        if (br > 0 && br >= gzip && br >= identity)
        {
            return (entry.Brotli, "br", entry.BrotliETag);
        }

        return gzip > 0 && gzip >= identity ? (entry.Gzip, "gzip", entry.GzipETag) : (entry.Identity, null, entry.ETag);
    }

    private bool NotModified(HttpRequest request, string etag)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
        {
            // Weak comparison (RFC 9110 §13.1.2): a proxy may have weakened the tag.
            return headers.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, etag, StringComparison.Ordinal));
        }

        return headers.IfModifiedSince is { } since && since >= loaded;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
