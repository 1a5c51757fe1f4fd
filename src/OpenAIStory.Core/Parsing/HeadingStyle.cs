namespace OpenAIStory.Core.Parsing;

/// <summary>The heading conventions Chinese web articles use, in order of precedence.</summary>
public enum HeadingStyle
{
    /// <summary><c>## 标题</c></summary>
    Markdown,
    /// <summary><c>第一章 …</c>, <c>第二部分 …</c></summary>
    Chapter,
    /// <summary><c>一、…</c></summary>
    ChineseNumeral,
    /// <summary><c>关键词：副标题</c>, this article's own style.</summary>
    KeywordColon,
    /// <summary><c>▌标题</c>: a block glyph standing in for a styled heading.</summary>
    Marker,
    /// <summary><c>（一）…</c></summary>
    ParenNumeral,
    /// <summary><c>1. …</c> or <c>2、…</c></summary>
    ArabicNumeral,
    /// <summary><c>1.1 …</c>: a numbered subsection; its second number counts within its parent.</summary>
    DottedNumeral,
}
