using System.Text;
using OpenAIStory.Core.Content.Claims;
using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Rendering;

/// <summary>Renders a claim marker as a small verdict mark: a link to the claim's row in the fact-check ledger (readable
/// without scripts) that, like a mention, opens a preview card on hover, focus or tap.</summary>
/// <param name="claims">Checked claims by id.</param>
/// <param name="ledgerLink">The link to a claim's row in the ledger, by claim id.</param>
public sealed class ClaimMarkerRenderer(IReadOnlyDictionary<string, CheckedClaim> claims, Func<string, string> ledgerLink) : ISpanRenderer
{
    public bool Handles(Span span) => span is ClaimMarker marker && claims.ContainsKey(marker.ClaimId);

    public void Write(StringBuilder html, Block block, Span span, string encodedText)
    {
        ArgumentNullException.ThrowIfNull(html);
        var id = ((ClaimMarker)span).ClaimId;
        Write(html, claims[id], ledgerLink(id));
    }

    /// <summary>The mark of one claim on its own (headings, which are not blocks, and the ledger).</summary>
    public static SafeHtml Mark(CheckedClaim claim, string href)
    {
        var html = new StringBuilder();
        Write(html, claim, href);
        return SafeHtml.Trusted(html.ToString());
    }

    private static void Write(StringBuilder html, CheckedClaim claim, string href)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(claim);
        var scale = claim.Scale;
        html.Append("<sup class=\"claim-ref v-").Append(scale.Key).Append("\"><a href=\"").Append(HtmlText.Encode(href)).Append("\" data-card=\"")
            .Append(HtmlText.Encode(Anchors.ClaimCard(claim.Id))).Append("\" aria-label=\"核查：").Append(scale.Words).Append("\">")
            .Append(HtmlText.Encode(scale.Mark)).Append("</a></sup>");
    }
}
