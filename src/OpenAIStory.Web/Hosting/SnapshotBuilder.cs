using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics;
using OpenAIStory.Core.Content;
using OpenAIStory.Web.Reading;

namespace OpenAIStory.Web.Hosting;

/// <summary>Renders every page of the site (the sitemap's set, the data files and the not-found page) and compresses
/// each once, in parallel: the snapshot the server answers from and <c>export</c> writes.</summary>
public static class SnapshotBuilder
{
    /// <summary>The data files every site has besides its pages.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["/annotations.jsonld", "/sitemap.xml", "/robots.txt"];

    /// <exception cref="ContentException">A page failed to render: the content loads but breaks a page.</exception>
    public static async Task<SiteSnapshot> BuildAsync(SiteRenderer renderer, SiteMap map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(map);
        var clock = Stopwatch.StartNew();
        var paths = map.Paths.Concat(DataFiles).Append(SiteSnapshot.NotFoundPath).Distinct(StringComparer.Ordinal).ToList();
        var responses = new ConcurrentDictionary<string, PrerenderedResponse>(StringComparer.Ordinal);
        var errors = new ConcurrentBag<ContentError>();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (path, ct) =>
        {
            try
            {
                var rendered = await renderer.RenderAsync(path, ct);
                var status = path == SiteSnapshot.NotFoundPath ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
                if (rendered.Status != status || rendered.Body.Length == 0)
                {
                    errors.Add(new ContentError(path, null, $"the page renders {rendered.Status} with {rendered.Body.Length} bytes instead of a page"));
                    return;
                }

                responses[SiteSnapshot.Key(path)] = PrerenderedResponse.Create(rendered.Body, rendered.ContentType, status);
            }
#pragma warning disable CA1031 // any failure of a page is reported with its path, like a content error, and start-up stops
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                errors.Add(new ContentError(path, null, $"the page fails to render: {ex.GetBaseException().Message}"));
            }
        });

        if (!errors.IsEmpty)
        {
            throw new ContentException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal)]);
        }

        var notFound = responses[SiteSnapshot.NotFoundPath];
        responses.TryRemove(SiteSnapshot.NotFoundPath, out _);
        return new SiteSnapshot(responses.ToFrozenDictionary(StringComparer.Ordinal), notFound, clock.Elapsed);
    }
}
