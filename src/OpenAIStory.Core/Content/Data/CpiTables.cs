namespace OpenAIStory.Core.Content.Data;

/// <summary>The price indices of <c>data/cpi.yml</c>: US CPI-U and China's CPI.</summary>
public sealed record CpiTables
{
    public required PriceIndex Us { get; init; }

    public required PriceIndex Cn { get; init; }
}
