namespace OpenAIStory.Core.Annotation;

/// <summary>A stretch of text that reads as a date, waiting for the context it needs to become a <see cref="DateMatch"/>.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Length of the expression.</param>
/// <param name="Resolve">Turns the candidate into a match given the dates before it, or returns null when the context cannot place it.</param>
internal sealed record DateCandidate(int Start, int Length, Func<DateScope, DateMatch?> Resolve);
