using System.Collections.Immutable;

namespace OpenAIStory.Core.Model;

/// <summary>A currency the amount recogniser knows (see <see cref="Currencies"/>).</summary>
/// <param name="Code">The ISO 4217 code (USD).</param>
/// <param name="Name">The Chinese name as written after a sum (美元, 元人民币).</param>
/// <param name="Symbol">The currency sign ($, ¥).</param>
public sealed record Currency(string Code, string Name, string Symbol)
{
    /// <summary>The words that name the currency after a number in Chinese text (美元, 美金).</summary>
    public ImmutableArray<string> Words { get; init; } = [];
}
