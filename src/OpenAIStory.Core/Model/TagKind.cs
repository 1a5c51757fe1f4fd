namespace OpenAIStory.Core.Model;

/// <summary>Xueqiu-style tag kinds.</summary>
public enum TagKind
{
    /// <summary>A #话题# topic.</summary>
    Topic,
    /// <summary>A $名称(代码)$ stock tag.</summary>
    Cashtag,
}
