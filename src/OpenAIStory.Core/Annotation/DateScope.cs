namespace OpenAIStory.Core.Annotation;

/// <summary>The dates a relative expression is read against: the latest absolute date so far and the publication date.</summary>
/// <param name="Anchor">The latest absolute date before the expression: earlier in the same text, else the context's previous date.</param>
/// <param name="Article">The article's publication date, if known.</param>
internal readonly record struct DateScope(IsoDate? Anchor, IsoDate? Article);
