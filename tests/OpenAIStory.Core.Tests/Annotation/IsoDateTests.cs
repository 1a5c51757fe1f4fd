using OpenAIStory.Core.Annotation;

namespace OpenAIStory.Core.Tests.Annotation;

/// <summary>One reading of ISO date values for both of its users: the date recogniser (<see cref="IsoDate.Parse"/>) and
/// the content checks (<see cref="IsoDate.IsValid"/>).</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2016", "2016")]
    [InlineData("2016-05", "2016-05")]
    [InlineData("2016-05-31", "2016-05-31")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("0001", "0001")]
    [InlineData("9999-12-31", "9999-12-31")]
    public void Real_dates_are_read_and_taken_by_the_checks(string iso, string read)
    {
        (IsoDate.Parse(iso)?.ToIso()).ShouldBe(read);
        IsoDate.IsValid(iso).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("201")]
    [InlineData("16-05-31")]
    [InlineData("2016-13")]
    [InlineData("2016-00")]
    [InlineData("2016-5")]
    [InlineData("2016/05")]
    [InlineData("2016-05-3")]
    [InlineData("2016-05-32")]
    [InlineData("2023-02-29")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("2016-05-31T10")]
    [InlineData("+201")]
    [InlineData(" 2016")]
    [InlineData("２０１６")]
    [InlineData("P15M")]
    public void Anything_else_is_refused_by_both(string? iso)
    {
        IsoDate.Parse(iso).ShouldBeNull();
        IsoDate.IsValid(iso).ShouldBeFalse();
    }
}
