namespace OpenAIStory.Core.Model;

/// <summary>The kinds of block a reading is made of.</summary>
public enum BlockKind
{
    Paragraph,
    Caption,
}
