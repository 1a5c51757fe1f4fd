namespace OpenAIStory.Core.Model;

/// <summary>A title candidate found inside boilerplate.</summary>
/// <param name="Text">The candidate text.</param>
/// <param name="Glued">True when the text stood glued before a breadcrumb (strong evidence); false for a trail's last segment (weak).</param>
public sealed record TitleHint(string Text, bool Glued);
