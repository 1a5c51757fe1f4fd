namespace OpenAIStory.Web.Reading;

/// <summary>A paragraph or caption ready to render: <see cref="Html"/> is pipeline-produced, escaped markup; notes follow it.</summary>
public sealed record BlockView(string Id, bool IsCaption, string Html, string PlainText, IReadOnlyList<NoteView> Notes);
