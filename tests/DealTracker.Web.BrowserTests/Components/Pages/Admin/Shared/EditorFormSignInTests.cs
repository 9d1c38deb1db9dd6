using System.Security.Claims;
using DealTracker.Web.Accounts;
using DealTracker.Web.BrowserTests.Infrastructure;
using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Shared;

/// <summary>
/// An editor page open when its editor is disabled: the circuit's sign-in is re-checked only once a minute,
/// but a save is checked against the store when it is made, so it changes nothing and says why.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorFormSignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Save_EditorDisabledWhileTheDialogIsOpen_IsRefusedWithTheReasonAndChangesNothing()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "a short-lived editor's passphrase";
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(a => a.CreateAsync(email, password, Roles.Editor))).Succeeded);
        var name = Catalog.Unique("Party");
        var id = await fixture.Server.CreatePartyAsync(name, "before");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsync(email, password, "/admin/parties");
        await page.GetByLabel("Search parties").FillAsync(name);
        await Expect(page.Locator(".dt-catalog tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Field("Description")).ToHaveValueAsync("before");
        await dialog.Field("Description").FillAsync("written after the account was disabled");

        await DisableAsync(email);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync(EditorForm.ForbiddenMessage);
        await Expect(dialog).ToBeVisibleAsync();
        var stored = await fixture.Server.UseAsync<CatalogEditor, PartyDraft?>(editor => editor.LoadPartyAsync(id));
        Assert.Equal("before", stored?.Description);
    }

    /// <summary>The admin disables the account from the accounts page, as <see cref="EditorAccounts.SetDisabledAsync"/> does it.</summary>
    private async Task DisableAsync(string email)
    {
        var result = await fixture.Server.UseAsync<IServiceProvider, AccountResult>(async services =>
        {
            var users = services.GetRequiredService<UserManager<EditorUser>>();
            ClaimsPrincipal admin = await services.GetRequiredService<IUserClaimsPrincipalFactory<EditorUser>>()
                .CreateAsync((await users.FindByEmailAsync(DealTrackerServer.AdminEmail))!);
            var accounts = services.GetRequiredService<EditorAccounts>();
            return await accounts.SetDisabledAsync(admin, (await users.FindByEmailAsync(email))!.Id, disabled: true);
        });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }
}
