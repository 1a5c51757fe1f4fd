using System.Collections.Frozen;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using OpenAIStory.Web.Cards;

namespace OpenAIStory.Web.Hosting;

/// <summary>Keeps the rendered site (every pre-rendered response and every share card) on disk between launches, keyed
/// by everything that decides its bytes: the build (every file of the application folder by name, size and time), the
/// .NET and ASP.NET Core versions, every content file by its bytes, the environment, the public address and the card
/// settings. A launch whose key matches serves the stored snapshot without loading content or rendering; any
/// difference renders afresh and replaces the file. A file that does not match its checksum is ignored.
/// The folder is as trusted as the application's own files: it is created for the current user only.</summary>
public sealed partial class SnapshotCache
{
    /// <summary>The configuration key: a folder, or <c>off</c>. Unset: off in Development (content is being edited),
    /// else the user's local application data folder (<c>~/.local/share/OpenAIStory/snapshots</c>).</summary>
    public const string Key = "Snapshot:Cache";

    private const string Extension = ".snapshot";
    private const int FilesKept = 3;
    private static readonly byte[] Magic = "OAISNAP2"u8.ToArray();

    private readonly ILogger<SnapshotCache> logger;
    private readonly Lazy<string> key;

    public SnapshotCache(IConfiguration configuration, IWebHostEnvironment environment, SiteUrls urls, Microsoft.Extensions.Options.IOptions<ContentOptions> content, ILogger<SnapshotCache> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(content);
        this.logger = logger;
        Folder = ResolveFolder(configuration[Key], environment.IsDevelopment());
        key = new Lazy<string>(() => Convert.ToHexStringLower(ComputeKey(
            content.Value.SiteRoot(environment),
            AppContext.BaseDirectory,
            environment.EnvironmentName + "\n" + urls.Base + "\n" + string.Join("\n", configuration.GetSection(CardOptions.Section).AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal)))));
    }

    /// <summary>The folder the snapshot is kept in, or null when the cache is off.</summary>
    public string? Folder { get; }

    /// <summary>The file this launch restored from or stored to, once known.</summary>
    public string? StoredPath { get; private set; }

    /// <summary>The share cards of a restored snapshot, or null when the site was rendered at this launch.</summary>
    public ShareCards? RestoredCards { get; private set; }

    /// <summary>The stored snapshot of this build, content and configuration, if there is one and it is intact.</summary>
    public SiteSnapshot? TryRestore()
    {
        if (Folder is null)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var path = PathFor(key.Value);
        if (!File.Exists(path))
        {
            LogMiss(path);
            return null;
        }

        try
        {
            var (stored, cards) = Read(File.ReadAllBytes(path), key.Value);
            var snapshot = stored with { Elapsed = clock.Elapsed };
            RestoredCards = cards;
            StoredPath = path;
            LogRestored(path, snapshot.Responses.Count + 1, cards.All.Count, clock.Elapsed.TotalMilliseconds);
            return snapshot;
        }
        catch (InvalidDataException ex)
        {
            LogUnusable(path, ex.Message);
            return null;
        }
    }

    /// <summary>Writes the snapshot file for the current key: to a temporary file first, then moved into place, so a
    /// reader never sees half a file. Older snapshots beyond the last few are removed. False (and a warning) when the
    /// folder cannot be written.</summary>
    public bool Save(SiteSnapshot snapshot, ShareCards cards)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(cards);
        if (Folder is null)
        {
            return false;
        }

        try
        {
            CreatePrivateFolder(Folder);
            var path = PathFor(key.Value);
            var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
            File.WriteAllBytes(temporary, Write(snapshot, cards, key.Value));
            File.Move(temporary, path, overwrite: true);
            foreach (var old in new DirectoryInfo(Folder).GetFiles("*" + Extension).OrderByDescending(f => f.LastWriteTimeUtc).Skip(FilesKept))
            {
                old.Delete();
            }

            LogSaved(path);
            StoredPath = path;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(Folder, ex.Message);
            return false;
        }
    }

    private string PathFor(string cacheKey) => Path.Combine(Folder!, cacheKey[..32] + Extension);

    /// <summary>The folder for a configured value: <c>off</c> → none; a path → that path; unset → none in Development,
    /// else the user's local application data folder.</summary>
    public static string? ResolveFolder(string? configured, bool development)
    {
        if (string.Equals(configured?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return development || string.IsNullOrEmpty(data) ? null : Path.Combine(data, "OpenAIStory", "snapshots");
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The key: a hash of the application folder's files (name, size, time), the runtime versions, every
    /// content file's path and bytes, and the settings that shape pages and cards.</summary>
    public static byte[] ComputeKey(string contentRoot, string applicationFolder, string settings)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(applicationFolder);
        ArgumentNullException.ThrowIfNull(settings);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(Encoding.ASCII.GetString(Magic));
        Add(RuntimeInformation.FrameworkDescription);
        Add(typeof(WebApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");
        Add(settings);
        foreach (var file in Files(applicationFolder).Where(f => !f.EndsWith(Extension, StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            var info = new FileInfo(file);
            Add($"{Path.GetRelativePath(applicationFolder, file)}|{info.Length}|{info.LastWriteTimeUtc.Ticks}");
        }

        if (Directory.Exists(contentRoot))
        {
            foreach (var file in Files(contentRoot))
            {
                Add(Path.GetRelativePath(contentRoot, file));
                hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return hash.GetHashAndReset();
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
            .Order(StringComparer.Ordinal);

    /// <summary>The file: magic, key, the payload's SHA-256, the payload (responses, not-found page, cards).</summary>
    public static byte[] Write(SiteSnapshot snapshot, ShareCards cards, string cacheKey)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(cards);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(snapshot.Responses.Count);
            foreach (var (path, response) in snapshot.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                WriteResponse(writer, response);
            }

            WriteResponse(writer, snapshot.NotFound);
            writer.Write(cards.Problem ?? "");
            writer.Write(cards.All.Count);
            foreach (var card in cards.All)
            {
                writer.Write(card.PagePath);
                writer.Write(card.ImagePath);
                writer.Write(card.AltText);
                WriteBytes(writer, card.Png.Span);
            }
        }

        var body = payload.ToArray();
        using var file = new MemoryStream();
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(cacheKey);
            writer.Write(SHA256.HashData(body));
            writer.Write(body);
        }

        return file.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not an intact snapshot of this key.</exception>
    public static (SiteSnapshot Snapshot, ShareCards Cards) Read(byte[] bytes, string cacheKey)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != cacheKey)
            {
                throw new InvalidDataException("not a snapshot of this build and content");
            }

            var checksum = reader.ReadBytes(32);
            var offset = (int)reader.BaseStream.Position;
            if (!SHA256.HashData(bytes.AsSpan(offset)).AsSpan().SequenceEqual(checksum))
            {
                throw new InvalidDataException("the file does not match its checksum");
            }

            var count = reader.ReadInt32();
            var responses = new Dictionary<string, PrerenderedResponse>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                responses.Add(reader.ReadString(), ReadResponse(reader));
            }

            var notFound = ReadResponse(reader);
            var problem = reader.ReadString();
            var cardCount = reader.ReadInt32();
            var cards = new List<ShareCard>(cardCount);
            for (var i = 0; i < cardCount; i++)
            {
                var page = reader.ReadString();
                var image = reader.ReadString();
                var alt = reader.ReadString();
                cards.Add(new ShareCard(page, image, alt, ReadBytes(reader)));
            }

            return (new SiteSnapshot(responses.ToFrozenDictionary(StringComparer.Ordinal), notFound, TimeSpan.Zero),
                problem.Length > 0 ? ShareCards.None(problem) : ShareCards.Restore(cards));
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw new InvalidDataException("the file is truncated or malformed", ex);
        }
    }

    private static void WriteResponse(BinaryWriter writer, PrerenderedResponse response)
    {
        writer.Write(response.Status);
        writer.Write(response.ContentType);
        writer.Write(response.Hash);
        WriteBytes(writer, response.Identity);
        WriteBytes(writer, response.Brotli);
        WriteBytes(writer, response.Gzip);
    }

    private static PrerenderedResponse ReadResponse(BinaryReader reader)
    {
        var status = reader.ReadInt32();
        var contentType = reader.ReadString();
        var hash = reader.ReadString();
        return PrerenderedResponse.Restore(ReadBytes(reader), ReadBytes(reader), ReadBytes(reader), contentType, status, hash);
    }

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No stored snapshot for this build and content ({Path}): rendering")]
    private partial void LogMiss(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {Pages} pages and data files and {Cards} share cards from {Path} in {ElapsedMs:F0} ms")]
    private partial void LogRestored(string path, int pages, int cards, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring the stored snapshot {Path}: {Reason}; rendering")]
    private partial void LogUnusable(string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the snapshot for the next launch in {Path}")]
    private partial void LogSaved(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the snapshot in {Folder}: {Reason}; the next launch renders again")]
    private partial void LogNotSaved(string folder, string reason);
}
