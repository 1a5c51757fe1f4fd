namespace OpenAIStory.Core.Model;

/// <summary>What the pipeline decided a line of the raw scrape is.</summary>
public enum LineRole
{
    /// <summary>Not yet classified: article text until a stage says otherwise.</summary>
    Body,
    Blank,
    Removed,
    Title,
    Byline,
    Tags,
    Heading,
    /// <summary>A heading nested under a <see cref="Heading"/> (（一） under 一、, 1.1 under 1.).</summary>
    Subheading,
    Caption,
    Paragraph,
}
