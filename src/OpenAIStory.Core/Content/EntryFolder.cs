namespace OpenAIStory.Core.Content;

/// <summary>Reads a folder of YAML lists of editorial entries (<c>annotations/*.yml</c>, <c>claims/*.yml</c>) in file-name
/// order, handing each entry to its loader's check with where it was written; a file that does not parse is reported
/// whole and the others are still read.</summary>
internal static class EntryFolder
{
    /// <summary>The entries <paramref name="check"/> keeps, in file and list order.</summary>
    /// <param name="root">The content root.</param>
    /// <param name="folder">The folder inside the root; none means no entries.</param>
    /// <param name="errors">Where a file's parse problems go (the check reports its own).</param>
    /// <param name="idOf">An entry's id, by which a second use is found (null when written empty: the entry is refused).</param>
    /// <param name="check">Checks an entry and returns what to keep, or null.</param>
    public static List<TEntry> Load<TData, TEntry>(string root, string folder, List<ContentError> errors, Func<TData, string?> idOf, Func<EntryAt<TData>, TEntry?> check)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var result = new List<TEntry>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(dir, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.Relative(root, path);
            try
            {
                var (items, position) = YamlContent.ReadLocated<List<TData>>(file, File.ReadAllText(path));
                foreach (var (i, data) in items.Index())
                {
                    var line = position[i]["id"].Line;
                    if (idOf(data) is not { } id)
                    {
                        // "- id:" with nothing after it reads as null: named here, not a crash in the checks.
                        errors.Add(new ContentError(file, line, "id is empty"));
                        continue;
                    }

                    var usedIn = seen.TryAdd(id, file) ? null : seen[id];
                    if (check(new EntryAt<TData>(data, file, line, usedIn)) is { } entry)
                    {
                        result.Add(entry);
                    }
                }
            }
            catch (ContentException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return result;
    }
}
