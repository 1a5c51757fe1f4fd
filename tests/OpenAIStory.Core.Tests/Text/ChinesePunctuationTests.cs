using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Tests.Text;

public sealed class ChinesePunctuationTests
{
    [Theory]
    [InlineData("2014年,特斯拉正在", "2014年，特斯拉正在")]
    [InlineData("Chat-GPT背后的明星企业OpenAI,始于", "Chat-GPT背后的明星企业OpenAI，始于")]
    [InlineData("作者: 丁山猎人", "作者：丁山猎人")]
    [InlineData("为什么又在美国?", "为什么又在美国？")]
    [InlineData("萨特斯基弗(左)与老师杰夫·辛顿(右)", "萨特斯基弗（左）与老师杰夫·辛顿（右）")]
    [InlineData("他想实现AGI(通用人工智能)。", "他想实现AGI（通用人工智能）。")]
    [InlineData("英文只有26个字母;汉字", "英文只有26个字母；汉字")]
    [InlineData("芯片!算力", "芯片！算力")]
    [InlineData("实验室OpenAI,“让人类", "实验室OpenAI，“让人类")]
    [InlineData("大批科学家的“叛逃”:", "大批科学家的“叛逃”：")]
    public void Restores_full_width_punctuation_in_Chinese_text(string input, string expected) =>
        ChinesePunctuation.Normalise(input).ShouldBe(expected);

    [Theory]
    [InlineData("压了1,000万元")]
    [InlineData("每天12:30之前")]
    [InlineData("1.15亿台设备")]
    [InlineData("我在 https://example.com/a,b?x=1 整理了")]
    [InlineData("第一行输出是Hello, world。")]
    [InlineData("(https://xueqiu.com/5369439966/245307281)")]
    [InlineData("GPT-3 (175B)")]
    [InlineData("第二段&lt;script&gt;已转义")]
    public void Leaves_numbers_urls_and_latin_alone(string input) =>
        ChinesePunctuation.Normalise(input).ShouldBe(input);
}
