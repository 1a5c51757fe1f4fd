using OpenAIStory.Core.Model;

namespace OpenAIStory.Core.Parsing;

/// <summary>Why a line is boilerplate: the reason shown to readers and the name of the rule that decided it.</summary>
public sealed record RemovalVerdict(RemovalReason Reason, string Rule);
