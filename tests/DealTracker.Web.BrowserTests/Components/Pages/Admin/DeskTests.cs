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

    [Fact]
    public async Task LatestChanges_OutletJustCreated_IsANamedListOfLinksAndItsLinkOpensThatOutlet()
    {
        var name = Catalog.Unique("Desk outlet");
        var id = await fixture.Server.CreateOutletAsync(name);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin");
        await page.WaitForCircuitAsync();

        // A plain list named by its heading, every entry a link of its own (no listbox of options with one Tab stop).
        var changes = page.GetByRole(AriaRole.List, new() { Name = "Latest changes" });
        await Assertions.Expect(changes).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        var link = changes.GetByRole(AriaRole.Link, new() { Name = $"Created outlet {id}", Exact = true });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/admin/outlets?edit={id}");
        await page.AssertNoSeriousViolationsAsync();

        await link.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Edit outlet", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Field("Name")).ToHaveValueAsync(name);
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task Links_FocusedFromTheKeyboard_ShowTheAppsFocusRing()
    {
        await fixture.Server.CreateOutletAsync(Catalog.Unique("Focus outlet"));
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync("/admin");
        await page.WaitForCircuitAsync();
        var links = new[]
        {
            page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^DealTracker") }).First,
            page.GetByRole(AriaRole.List, new() { Name = "Latest changes" }).GetByRole(AriaRole.Link).First,
        };

        foreach (var link in links)
        {
            // From the keyboard (a Tab first, so the browser shows focus as it does for a keyboard user), then on the link.
            await page.Keyboard.PressAsync("Tab");
            await link.FocusAsync();
            var ring = await link.EvaluateAsync<string>(
                "a => [a.matches(':focus-visible'), getComputedStyle(a).outlineStyle, getComputedStyle(a).outlineWidth].join(' ')");
            Assert.Equal("true solid 3px", ring);
        }

        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }
}
