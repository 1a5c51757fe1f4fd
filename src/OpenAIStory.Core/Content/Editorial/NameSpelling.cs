using System.Text.RegularExpressions;
using OpenAIStory.Core.Content.Entities;

namespace OpenAIStory.Core.Content.Editorial;

/// <summary>One Chinese name per entity: where editorial text gives a known entity's original name in parentheses
/// after a Chinese one (克里热夫斯基（Alex Krizhevsky）), the Chinese must be the entity's name or one of its aliases.</summary>
public sealed class NameSpelling
{
    private readonly List<(Entity Entity, Regex Pattern)> patterns;

    public NameSpelling(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        patterns = [.. entities
            .Where(e => e.Original is { Length: > 0 } && e.Name.Any(Text.Cjk.IsIdeograph))
            .Select(e => (e, new Regex(@"([\p{IsCJKUnifiedIdeographs}·・]+)\s*[（(]\s*" + Regex.Escape(e.Original!) + @"\s*[)）,，]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))];
    }

    /// <summary>Each place <paramref name="text"/> spells a known entity another way: the message and the spelling found.</summary>
    public IEnumerable<(string Message, string Written)> Problems(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        // A plain search for the original name first: the pattern only runs where the name is (start-up time).
        foreach (var (entity, pattern) in patterns.Where(p => text.Contains(p.Entity.Original!, StringComparison.Ordinal)))
        {
            foreach (Match m in pattern.Matches(text))
            {
                var written = m.Groups[1].Value;
                var known = entity.Data.Aliases.Append(entity.Name).Append(entity.Data.ShortName ?? entity.Name);
                if (!known.Any(k => written.EndsWith(k, StringComparison.Ordinal)))
                {
                    yield return ($"'{written}（{entity.Original}）' spells {entity.Id} in an undeclared way: write {entity.Name} (or add the spelling to its aliases if the article uses it)", written);
                }
            }
        }
    }
}
