using System.Text.RegularExpressions;
using OpenAIStory.Core.Model;
using OpenAIStory.Core.Rendering;

namespace OpenAIStory.Core.Tests.Rendering;

public sealed class AnchorsTests
{
    [Fact]
    public void Paragraph_ids_match_the_pattern_the_page_gives_the_script_and_caption_ids_do_not()
    {
        var paragraph = Anchors.Block(BlockKind.Paragraph, "山姆·奥特曼回到了 OpenAI。");
        var caption = Anchors.Block(BlockKind.Caption, "山姆·奥特曼回到了 OpenAI。");
        Regex.IsMatch(paragraph, Anchors.ParagraphIdPattern).ShouldBeTrue(paragraph);
        Regex.IsMatch(caption, Anchors.ParagraphIdPattern).ShouldBeFalse(caption);
        caption[caption.IndexOf('-', StringComparison.Ordinal)..].ShouldBe(paragraph[paragraph.IndexOf('-', StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Block_ids_come_from_the_text_alone_folding_width_and_spaces()
    {
        Anchors.Block(BlockKind.Paragraph, "ＧＰＴ 三").ShouldBe(Anchors.Block(BlockKind.Paragraph, "GPT三"));
        Anchors.Block(BlockKind.Paragraph, "甲").ShouldNotBe(Anchors.Block(BlockKind.Paragraph, "乙"));
    }

    [Fact]
    public void Links_readers_share_keep_their_form()
    {
        // These fragments are in links people have copied: changing one breaks them.
        Anchors.InReading("p-1a2b3c").ShouldBe("/#p-1a2b3c");
        Anchors.Fragment("faith").ShouldBe("#faith");
        Anchors.ClaimInLedger("gpt3-cost").ShouldBe("/checks#c-gpt3-cost");
        Anchors.EventOnTimeline("p-1a2b3c", 12).ShouldBe("/timeline#ev-p-1a2b3c-12");
        Anchors.EditorialEvent("note-1").ShouldBe("ev-note-1");
        Anchors.FigureInLedger("p-1a2b3c", 7).ShouldBe("/figures#fig-p-1a2b3c-7");
        Anchors.SectionHeading("faith").ShouldBe("faith-heading");
        Anchors.SourceLine(12).ShouldBe("L12");
        (Anchors.Note(3), Anchors.NoteMarker(3)).ShouldBe(("n-3", "r-3"));
    }

    [Fact]
    public void Entity_cards_and_span_cards_cannot_share_an_id()
    {
        // An entity whose id looks like a block position used to get the same card id as a date there.
        Anchors.EntityCard("p-1a2b3c-5").ShouldNotBe(Anchors.SpanCard("p-1a2b3c", 5));
        Anchors.EntityCard("pop").ShouldNotBe("card-pop"); // the script's popup
        string[] prefixes = [Anchors.EntityCard(""), Anchors.SpanCard("", 0)[..^2], Anchors.ClaimCard("")];
        prefixes.ShouldBe(["card-entity-", "card-span-", "claim-"]);
        foreach (var a in prefixes)
        {
            prefixes.Where(b => b != a).ShouldAllBe(b => !b.StartsWith(a, StringComparison.Ordinal));
        }
    }
}
