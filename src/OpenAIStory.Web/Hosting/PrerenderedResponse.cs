using System.IO.Compression;
using System.Security.Cryptography;

namespace OpenAIStory.Web.Hosting;

/// <summary>One pre-rendered response: the bytes as rendered and precompressed (Brotli, gzip), each representation
/// with its own strong ETag, its content type and status.</summary>
public sealed record PrerenderedResponse
{
    private PrerenderedResponse(byte[] identity, byte[] brotli, byte[] gzip, string contentType, int status, string hash)
    {
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
        ContentType = contentType;
        Status = status;
        Hash = hash;
        ETag = $"\"{hash}\"";
        BrotliETag = $"\"{hash}-br\"";
        GzipETag = $"\"{hash}-gz\"";
    }

    /// <summary>The body as rendered.</summary>
    public byte[] Identity { get; }

    /// <summary>The body compressed with Brotli.</summary>
    public byte[] Brotli { get; }

    /// <summary>The body compressed with gzip.</summary>
    public byte[] Gzip { get; }

    public string ContentType { get; }

    /// <summary>200 for pages, 404 for the not-found page.</summary>
    public int Status { get; }

    /// <summary>The content hash of the uncompressed body, from which the ETags are made.</summary>
    public string Hash { get; }

    /// <summary>The ETag of the uncompressed body (a content hash).</summary>
    public string ETag { get; }

    public string BrotliETag { get; }

    public string GzipETag { get; }

    /// <summary>Brotli quality 5 at start-up: every page of this site in about 50 ms of CPU, 13 % larger than the best
    /// quality, which takes about 2.9 s (docs/performance.md). Start-up uses it so that the site is ready sooner;
    /// <see cref="SnapshotFinisher"/> recompresses at <see cref="BestBrotliQuality"/> once the server listens.</summary>
    public const int QuickBrotliQuality = 5;

    /// <summary>Brotli's best quality (11), with a 4 MiB window.</summary>
    public const int BestBrotliQuality = 11;

    private const int BrotliWindow = 22;

    /// <summary>A freshly rendered body, compressed the quick way (Brotli quality 5, gzip at its smallest size).</summary>
    public static PrerenderedResponse Create(byte[] body, string contentType, int status)
    {
        ArgumentNullException.ThrowIfNull(body);
        var hash = Convert.ToHexStringLower(SHA256.HashData(body))[..20];
        return new PrerenderedResponse(body, CompressBrotli(body, QuickBrotliQuality), Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)), contentType, status, hash);
    }

    /// <summary>The same response with its Brotli representation compressed at the best quality. The ETags stay: they
    /// name the content (the hash of the uncompressed body), and both Brotli streams decode to the same bytes, so a
    /// client holding the quick one revalidates with a 304 instead of downloading the page again.</summary>
    public PrerenderedResponse WithBestBrotli() => new(Identity, CompressBrotli(Identity, BestBrotliQuality), Gzip, ContentType, Status, Hash);

    /// <summary>A response rendered and compressed at an earlier launch (<see cref="SnapshotCache"/>).</summary>
    public static PrerenderedResponse Restore(byte[] identity, byte[] brotli, byte[] gzip, string contentType, int status, string hash) =>
        new(identity, brotli, gzip, contentType, status, hash);

    private static byte[] CompressBrotli(byte[] body, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        // A buffer of the encoder's maximum compressed length always suffices.
        return BrotliEncoder.TryCompress(body, output, out var written, quality, BrotliWindow) ? output[..written] : throw new InvalidOperationException("Brotli could not compress a page");
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
}
