using DealTracker.Web.BrowserTests.Infrastructure;

namespace DealTracker.Web.BrowserTests.Components.Pages;

/// <summary>
/// Every page at a phone's 375 px: the page itself never scrolls sideways (a wide table may scroll
/// inside its own <c>.dt-table-wrap</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/deals/amazon-openai-2026-round/timeline")]
    [InlineData("/deals/amazon-openai-2026-round/compare")]
    [InlineData("/outlets")]
    [InlineData("/reports/1")]
    public async Task Page_PhoneWidth_HasNoHorizontalScroll(string path)
    {
        await using var session = await browser.OpenAsync(Screen.Phone);
        await session.GotoInteractiveAsync(path);

        await session.Page.AssertNoHorizontalScrollAsync(Screen.Phone.Width);
    }
}
