using System.Globalization;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Rendering;

/// <summary>The element ids and links that tie pages together, built in one place.</summary>
/// <remarks>
/// Ids readers share in URLs never change: paragraphs <c>p-xxxxxx</c> and captions <c>fig-xxxxxx</c> (a hash of their
/// text), section slugs, timeline rows <c>ev-…</c>, ledger rows <c>fig-…</c> and claim rows <c>c-…</c>. Preview cards
/// live in templates no URL points at; entity cards (<c>card-entity-…</c>), date and amount cards (<c>card-span-…</c>)
/// and claim cards (<c>claim-…</c>) have prefixes of their own, so no two kinds can collide.
/// </remarks>
public static class Anchors
{
    /// <summary>A section's own page (<c>/s/faith</c>), the slug escaped as one path segment.</summary>
    public static string SectionPage(string slug) => "/s/" + Uri.EscapeDataString(slug);

    /// <summary>The path of the fact-check ledger.</summary>
    public const string Ledger = "/checks";

    /// <summary>The path of the timeline.</summary>
    public const string Timeline = "/timeline";

    /// <summary>The path of the figures ledger.</summary>
    public const string Figures = "/figures";

    /// <summary>The id of the article's title (claims about the title point at it).</summary>
    public const string ArticleTitle = "article-title";

    /// <summary>The id of the explanation of the lost reference list.</summary>
    public const string LostReferences = "lost-references";

    /// <summary>The pattern (ECMAScript and .NET) of a paragraph id as it stands in a shared link.</summary>
    public const string ParagraphIdPattern = "^p-[0-9a-f]{6}$";

    /// <summary>The id of a paragraph or caption: a prefix and a hash of its text, so it survives edits elsewhere.</summary>
    public static string Block(BlockKind kind, string text) => StableId.FromText(kind == BlockKind.Caption ? "fig" : "p", text);

    /// <summary>A link to an element on the same page.</summary>
    public static string Fragment(string elementId) => "#" + elementId;

    /// <summary>The link to a paragraph (or a section heading) of the reading.</summary>
    public static string InReading(string elementId) => "/" + Fragment(elementId);

    /// <summary>The id of a line of the scrape on /source.</summary>
    public static string SourceLine(int number) => "L" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a section heading.</summary>
    public static string SectionHeading(string slug) => slug + "-heading";

    /// <summary>The id of a section heading's text (which names the section).</summary>
    public static string SectionTitle(string slug) => slug + "-title";

    /// <summary>The id of a side note.</summary>
    public static string Note(int number) => "n-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a note's marker in the text (the note links back to it).</summary>
    public static string NoteMarker(int number) => "r-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a reference marker such as [3].</summary>
    public static string ReferenceMarker(string blockId, string reference) => blockId + "-ref-" + reference;

    /// <summary>The id of a claim's row in the ledger.</summary>
    public static string ClaimRow(string claimId) => "c-" + claimId;

    /// <summary>The link to a claim's row in the ledger.</summary>
    public static string ClaimInLedger(string claimId) => Ledger + Fragment(ClaimRow(claimId));

    /// <summary>The id of a date's row on the timeline.</summary>
    public static string Event(string blockId, int start) => At("ev-", blockId, start);

    /// <summary>The id of the timeline row of a date an editor's note or claim adds.</summary>
    public static string EditorialEvent(string noteId) => "ev-" + noteId;

    /// <summary>The link to a date's row on the timeline.</summary>
    public static string EventOnTimeline(string blockId, int start) => Timeline + Fragment(Event(blockId, start));

    /// <summary>The id of an amount's row in the figures ledger.</summary>
    public static string Figure(string blockId, int start) => At("fig-", blockId, start);

    /// <summary>The link to an amount's row in the figures ledger.</summary>
    public static string FigureInLedger(string blockId, int start) => Figures + Fragment(Figure(blockId, start));

    /// <summary>The id of an entity's preview card.</summary>
    public static string EntityCard(string entityId) => "card-entity-" + entityId;

    /// <summary>The id of the preview card of a date or amount, by its block and start.</summary>
    public static string SpanCard(string blockId, int start) => At("card-span-", blockId, start);

    /// <summary>The id of a claim's preview card (the script builds it from the ledger row: <c>c-x</c> → <c>claim-x</c>).</summary>
    public static string ClaimCard(string claimId) => "claim-" + claimId;

    private static string At(string prefix, string blockId, int start) => prefix + blockId + "-" + start.ToString(CultureInfo.InvariantCulture);
}
