namespace OpenAIStory.Core.Views;

/// <summary>A money figure or notable quantity as the ledger lists it.</summary>
/// <param name="Id">Element id of its row.</param>
/// <param name="Text">The amount as the article writes it (1千万美元).</param>
/// <param name="Context">What it is: the sentence it stands in.</param>
/// <param name="Value">The normalised number (lower bound for ranges).</param>
/// <param name="Upper">The upper bound of a range, or null.</param>
/// <param name="Unit">ISO 4217 currency or the counter word.</param>
/// <param name="Approximate">True for approximations and ranges.</param>
/// <param name="Year">The year the amount is as of.</param>
/// <param name="Usd">For money: the amount in US dollars (converted at that year's average rate when it is in yuan).</param>
/// <param name="Cny">For money: the amount in yuan.</param>
/// <param name="UsdToday">For money: the dollar amount in the latest year's prices.</param>
/// <param name="BlockId">The paragraph it comes from.</param>
public sealed record FigureRow(string Id, string Text, string Context, decimal Value, decimal? Upper, string Unit, bool Approximate, int? Year, decimal? Usd, decimal? Cny, decimal? UsdToday, string BlockId)
{
    /// <summary>Why <see cref="Year"/> is the year the amount converts as of, in words.</summary>
    public string? YearBasis { get; init; }

    /// <summary>The checked claim that dates the amount, when one does.</summary>
    public string? YearClaim { get; init; }

    public bool IsMoney => Unit is { Length: 3 } u && u.All(char.IsAsciiLetterUpper);
}
