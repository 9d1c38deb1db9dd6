using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin;

[Collection(BrowserCollection.Name)]
public sealed class DeskTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Open_Anonymous_GoesToSignInAndBackToTheDesk()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/admin");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);

        await page.GetByLabel("Email").FillAsync(DealTrackerServer.EditorEmail);
        await page.GetByLabel("Password").FillAsync(DealTrackerServer.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        await page.WaitForCircuitAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editor desk", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByText(DealTrackerServer.EditorEmail)).ToBeVisibleAsync();
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndStaysSignedOut()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(DealTrackerServer.EditorEmail);
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match");
        await page.GotoAsync("/admin");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task SignOut_FromTheDesk_EndsTheSession()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // The redirect home is what signing out does; the home page's own loading is not this test's (waiting for its load event timed
        // out once at 15 s on a busy CI machine), so the wait ends when the navigation commits.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });

        await page.GotoAsync("/admin");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }
}
