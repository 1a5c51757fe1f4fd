using System.Collections.Frozen;

namespace OpenAIStory.Core.Text;

/// <summary>Reads traditional characters as simplified ones, for matching the words of site chrome only (the reading
/// keeps the page's own script). The map holds the characters that the chrome vocabularies use, not a dictionary.</summary>
public static partial class TraditionalFold
{
    // "團(tuán)隊": pinyin that a broken conversion left in parentheses after a character.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\u4E00-\u9FFF])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PinyinGloss();

    private const string Traditional = "來時間編輯瀏覽點擊發佈閱讀評論號標籤簽權聲頁關註冊錄載轉資訊圖檔數網說還當實際擊類別欄條據訂閱碼掃關於聯繫設為會員幫導覽搜尋熱門推薦相與內狀態處復製鏈結僅觀點刊稿務書攝級積繁體簡體字報導視頻錄檢舉讚賞責審核訪問總結構載頂預告節精彩最新開啟閉顯隱藏臺灣網頁內容標題簡介摘導讀縮";
    private const string Simplified = "来时间编辑浏览点击发布阅读评论号标签签权声页关注册录载转资讯图档数网说还当实际击类别栏条据订阅码扫关于联系设为会员帮导览搜寻热门推荐相与内状态处复制链结仅观点刊稿务书摄级积繁体简体字报导视频录检举赞赏责审核访问总结构载顶预告节精彩最新开启闭显隐藏台湾网页内容标题简介摘导读缩";

    private static readonly FrozenDictionary<char, char> Map = Build();

    /// <summary>Returns <paramref name="text"/> with the mapped traditional characters replaced by simplified ones.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('(', StringComparison.Ordinal))
        {
            text = PinyinGloss().Replace(text, "");
        }

        if (!text.AsSpan().ContainsAny(Keys))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map.TryGetValue(source[i], out var s) ? s : source[i];
            }
        });
    }

    /// <summary>The offset in <paramref name="text"/> of the character at <paramref name="index"/> of its simplified
    /// reading: characters map one to one, so only the pinyin glosses dropped before it shift it.</summary>
    public static int TextIndex(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dropped = 0;
        foreach (System.Text.RegularExpressions.Match gloss in PinyinGloss().Matches(text))
        {
            if (gloss.Index - dropped > index)
            {
                break;
            }

            dropped += gloss.Length;
        }

        return index + dropped;
    }

    private static readonly System.Buffers.SearchValues<char> Keys = System.Buffers.SearchValues.Create(Traditional);

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Traditional.Length; i++)
        {
            if (Traditional[i] != Simplified[i])
            {
                map[Traditional[i]] = Simplified[i];
            }
        }

        return map.ToFrozenDictionary();
    }
}
