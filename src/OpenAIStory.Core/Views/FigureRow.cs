using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Views;

/// <summary>A money figure or notable quantity as the ledger lists it.</summary>
/// <param name="Id">Element id of its row.</param>
/// <param name="Text">The amount as the article writes it (1千万美元).</param>
/// <param name="Context">What it is: the sentence it stands in.</param>
/// <param name="Amount">The amount's span: its number, range, unit and whether it is approximate.</param>
/// <param name="Year">The year the amount is as of.</param>
/// <param name="Usd">For money: the amount in US dollars (converted at that year's average rate when it is in yuan).</param>
/// <param name="Cny">For money: the amount in yuan.</param>
/// <param name="UsdToday">For money: the dollar amount in the latest year's prices.</param>
/// <param name="BlockId">The paragraph it comes from.</param>
public sealed record FigureRow(string Id, string Text, string Context, AmountSpan Amount, int? Year, decimal? Usd, decimal? Cny, decimal? UsdToday, string BlockId)
{
    /// <summary>Why <see cref="Year"/> is the year the amount converts as of, in words.</summary>
    public string? YearBasis { get; init; }

    /// <summary>The checked claim that dates the amount, when one does.</summary>
    public string? YearClaim { get; init; }

    /// <summary>The normalised number (lower bound for ranges).</summary>
    public decimal Value => Amount.Value;

    /// <summary>ISO 4217 code or the counter word.</summary>
    public string Unit => Amount.Unit;

    public bool IsMoney => Amount.IsMoney;
}
