using OpenAIStory.Core.Text;

namespace OpenAIStory.Core.Tests.Text;

public sealed class SentencePunctuationTests
{
    [Theory]
    [InlineData("这是一场浩劫。")]
    [InlineData("谁能想到呢？")]
    [InlineData("谁能想到呢?")]
    [InlineData("图片永远代替不了真迹！")]
    [InlineData("Yahoo!")]
    [InlineData("然后……")]
    [InlineData("英文只有26个字母；")]
    [InlineData("他说：")]
    [InlineData("Note:")]
    [InlineData("苹果，")]
    [InlineData("苹果,")]
    [InlineData("苹果、")]
    public void A_line_ending_on_a_sentence_or_clause_mark_ends_like_a_sentence(string line) =>
        SentencePunctuation.EndsLikeSentence(line).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("阿尔特曼与马斯克")]
    [InlineData("一、背景")]
    [InlineData("萨特斯基弗（左）")]
    [InlineData("GPT-3.")]
    [InlineData("“信仰”")]
    public void Headings_captions_and_labels_do_not(string line) => SentencePunctuation.EndsLikeSentence(line).ShouldBeFalse();

    [Fact]
    public void A_sentence_ends_on_full_width_marks_and_half_width_exclamation_or_question_marks_but_never_a_dot()
    {
        SentencePunctuation.Ends.ShouldBe("。！？!?");
        SentencePunctuation.ClauseEnds.ShouldStartWith(SentencePunctuation.Ends);
        SentencePunctuation.ClauseEnds.ShouldNotContain('.');
    }
}
