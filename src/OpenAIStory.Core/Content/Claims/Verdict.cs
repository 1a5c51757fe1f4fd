namespace OpenAIStory.Core.Content.Claims;

/// <summary>The fixed scale a checked claim is judged on; <see cref="Verdicts"/> gives each its key, words and mark.</summary>
public enum Verdict
{
    /// <summary>属实: true as stated.</summary>
    Accurate,
    /// <summary>基本属实: true in substance, imprecise in a detail.</summary>
    MostlyAccurate,
    /// <summary>不准确: partly wrong or misleading.</summary>
    Inaccurate,
    /// <summary>错误: false.</summary>
    Wrong,
    /// <summary>夸大: overstates a true fact.</summary>
    Exaggerated,
    /// <summary>张冠李戴: credits the wrong person, company or time.</summary>
    Misattributed,
    /// <summary>误引: a quotation or saying given wrongly.</summary>
    Misquoted,
    /// <summary>无法核实: the public record neither confirms nor refutes it.</summary>
    Unverifiable,
    /// <summary>观点: opinion or rhetoric, considered and not a matter of fact.</summary>
    Opinion,
}
