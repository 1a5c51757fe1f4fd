namespace OpenAIStory.Web.Tests.Browser;

/// <summary>The three widths the reading is proven at: desktop, small laptop/tablet, phone.</summary>
public static class Viewports
{
    public static TheoryData<int, int> All => new() { { 1440, 900 }, { 1024, 768 }, { 390, 844 } };

    /// <summary>Widths with side notes in the right margin (≥ 64rem).</summary>
    public static TheoryData<int, int> Wide => new() { { 1440, 900 }, { 1024, 768 } };
}
