using Microsoft.AspNetCore.Html;

namespace OpenAIStory.Web.Reading;

/// <summary>A paragraph or caption ready to render: <see cref="Html"/> is pipeline-produced, escaped markup; notes follow it.</summary>
public sealed record BlockView(string Id, bool IsCaption, IHtmlContent Html, string PlainText, IReadOnlyList<NoteView> Notes)
{
    /// <summary>A label unique on the page for the block's note group: 注释 2 or 注释 2–4.</summary>
    public string NotesLabel => Notes.Count switch
    {
        0 => "",
        1 => $"注释 {Notes[0].Number}",
        _ => $"注释 {Notes[0].Number}–{Notes[^1].Number}",
    };
}
