namespace OpenAIStory.Core.Rendering;

/// <summary>The element ids and links that tie pages together, built in one place.</summary>
public static class Anchors
{
    /// <summary>The path of the fact-check ledger.</summary>
    public const string Ledger = "/checks";

    /// <summary>The id of a claim's row in the ledger.</summary>
    public static string ClaimRow(string claimId) => "c-" + claimId;

    /// <summary>The link to a claim's row in the ledger.</summary>
    public static string ClaimInLedger(string claimId) => $"{Ledger}#{ClaimRow(claimId)}";

    /// <summary>The link to a paragraph (or a section heading) of the reading.</summary>
    public static string InReading(string elementId) => "/#" + elementId;
}
