namespace OpenAIStory.Core.Content.Entities;

/// <summary>The relation vocabulary, with how each reads forwards (A → B) and backwards (B ← A) in Chinese.</summary>
public static class RelationTypes
{
    private static readonly Dictionary<string, (string Forward, string Backward)> Labels = new(StringComparer.Ordinal)
    {
        ["founded"] = ("创立", "创立者"),
        ["co-founded"] = ("联合创立", "联合创始人"),
        ["invested-in"] = ("投资", "投资方"),
        ["worked-at"] = ("任职于", "曾任职者"),
        ["ceo-of"] = ("任首席执行官", "首席执行官"),
        ["chair-of"] = ("任董事长", "董事长"),
        ["president-of"] = ("任总裁", "总裁"),
        ["board-member-of"] = ("任董事", "董事"),
        ["student-of"] = ("师从", "学生"),
        ["advisor-of"] = ("指导", "导师"),
        ["acquired"] = ("收购", "被收购于"),
        ["developed"] = ("开发", "开发方"),
        ["authored"] = ("撰写", "作者"),
        ["part-of"] = ("隶属于", "下属"),
        ["located-in"] = ("位于", "所在地"),
        ["competitor-of"] = ("竞争对手", "竞争对手"),
        ["customer-of"] = ("客户", "供应方"),
    };

    /// <summary>True when <paramref name="type"/> is in the vocabulary.</summary>
    public static bool IsKnown(string type) => Labels.ContainsKey(type);

    /// <summary>All relation types, for messages.</summary>
    public static IEnumerable<string> All => Labels.Keys;

    /// <summary>How the relation reads from its source: 阿尔特曼「联合创立」OpenAI.</summary>
    public static string Forward(string type) => Labels.TryGetValue(type, out var l) ? l.Forward : type;

    /// <summary>How the relation reads from its target: OpenAI 的「联合创始人」阿尔特曼.</summary>
    public static string Backward(string type) => Labels.TryGetValue(type, out var l) ? l.Backward : type;
}
