namespace OpenAIStory.Core.Model;

/// <summary>Why a line of the raw scrape was kept out of the reading.</summary>
public enum RemovalReason
{
    /// <summary>The repost site's "you are here" trail, often with the title glued in front.</summary>
    Breadcrumb,
    /// <summary>The repost site's source / views / date / editor line.</summary>
    MetaLine,
    /// <summary>The title repeated by the page template.</summary>
    DuplicateTitle,
    /// <summary>Footer links such as 本文地址, 公司简介, 联系我们, 上一篇.</summary>
    FooterNavigation,
    /// <summary>A copyright line (版权所有, CopyRight, ©).</summary>
    Copyright,
    /// <summary>A Chinese ICP licence number.</summary>
    IcpLicence,
    /// <summary>A related / recommended articles list.</summary>
    RelatedList,
    /// <summary>Share buttons, QR-code prompts and subscription calls.</summary>
    SharePrompt,
    /// <summary>The site's own notices, such as takedown disclaimers.</summary>
    SiteNotice,
    /// <summary>A template's end-of-article mark: （完）, — END —.</summary>
    EndMarker,
    /// <summary>The site's header above the title: logo, nav bars, login links, sidebars (everything before the title).</summary>
    SiteHeader,
    /// <summary>A row of navigation links or page controls (设为首页 | 加入收藏, 打印 上一主题, 放大字体, 找回密码).</summary>
    Navigation,
    /// <summary>An auto-summary box (简介 / 导读 / 摘要) or a machine-written summary that repeats the article.</summary>
    Summary,
    /// <summary>A comment thread under the article (评论区 and what follows).</summary>
    Comments,
    /// <summary>Image leftovers: file names, placeholder titles, alt texts.</summary>
    ImageChrome,
    /// <summary>Anti-copy noise that forums inject between lines (random ASCII punctuation).</summary>
    Jammer,
}
