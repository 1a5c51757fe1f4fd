using Microsoft.Net.Http.Headers;

namespace OpenAIStory.Web.Hosting;

/// <summary>Answers every page request from the start-up snapshot: the representation the client accepts (Brotli,
/// gzip or identity, by Accept-Encoding q-values), its own ETag, 304 on a match, and the pre-rendered 404 page for any
/// other page path. Nothing a client sends can cause a render or a compression. Static assets and health endpoints
/// pass through to their own endpoints.</summary>
public sealed class SnapshotServer(RequestDelegate next, SiteSnapshotAccessor accessor, TimeProvider clock)
{
    private readonly DateTimeOffset loaded = TruncateToSeconds(clock.GetUtcNow());

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
        response.GetTypedHeaders().LastModified = loaded;
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

        double Quality(string coding)
        {
            var exact = accepted.Where(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)).ToList();
            if (exact.Count > 0)
            {
                return exact.Max(a => a.Quality ?? 1);
            }

            var star = accepted.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
            return star is not null ? star.Quality ?? 1 : coding == "identity" ? 0.001 : 0;
        }

        var br = Quality("br");
        var gzip = Quality("gzip");
        var identity = Quality("identity");
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
