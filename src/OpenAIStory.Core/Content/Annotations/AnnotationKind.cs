namespace OpenAIStory.Core.Content.Annotations;

/// <summary>What an editorial annotation does to the text it anchors to.</summary>
public enum AnnotationKind
{
    /// <summary>A descriptive mention ("蒙特利尔大学一位教授") resolved to the entity it means.</summary>
    Reference,
    /// <summary>Context a reader needs.</summary>
    Context,
}
