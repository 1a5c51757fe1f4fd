using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpenAIStory.Web.Hosting;

/// <summary>Serves every successfully rendered page from memory: the content never changes while the site runs, so
/// each page is rendered once, compressed once (Brotli, gzip) and answered with a strong ETag and Last-Modified, so
/// a repeat visit gets 304 Not Modified.</summary>
public sealed class RenderedPageCache(RequestDelegate next, TimeProvider clock)
{
    /// <summary>Bounds memory: pages are few, but a cache keyed by request must never grow without limit.</summary>
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly DateTimeOffset loaded = TruncateToSeconds(clock.GetUtcNow());

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.QueryString.HasValue || Path.HasExtension(request.Path.Value) && !request.Path.Value!.EndsWith(".jsonld", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var key = request.Host.Value + request.Path.Value;
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = await RenderAsync(context);
            if (entry is null)
            {
                return;
            }

            if (entries.Count < MaxEntries)
            {
                entries.TryAdd(key, entry);
            }
        }

        await ServeAsync(context, entry);
    }

    private async Task<Entry?> RenderAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var type = context.Response.ContentType ?? "";
        var cacheable = context.Response.StatusCode == StatusCodes.Status200OK
            && (type.StartsWith("text/html", StringComparison.Ordinal) || type.StartsWith("application/ld+json", StringComparison.Ordinal) || type.StartsWith("application/xml", StringComparison.Ordinal) || type.StartsWith("text/plain", StringComparison.Ordinal));
        if (!cacheable)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return null;
        }

        var body = buffer.ToArray();
        return new Entry(body, Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize)), Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)),
            type, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..20]}\"");
    }

    private async Task ServeAsync(HttpContext context, Entry entry)
    {
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        response.Headers.ETag = entry.ETag;
        headers.LastModified = loaded;
        response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        response.Headers.Vary = "Accept-Encoding";
        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Tag == entry.ETag || t.Equals(EntityTagHeaderValue.Any))
            : request.IfModifiedSince is { } since && since >= loaded;
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var accept = context.Request.Headers.AcceptEncoding.ToString();
        var (bytes, encoding) = accept.Contains("br", StringComparison.Ordinal) ? (entry.Brotli, "br")
            : accept.Contains("gzip", StringComparison.Ordinal) ? (entry.Gzip, "gzip")
            : (entry.Body, null);
        response.StatusCode = StatusCodes.Status200OK;
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

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private sealed record Entry(byte[] Body, byte[] Brotli, byte[] Gzip, string ContentType, string ETag);
}
