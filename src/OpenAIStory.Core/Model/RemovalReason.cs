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
}
