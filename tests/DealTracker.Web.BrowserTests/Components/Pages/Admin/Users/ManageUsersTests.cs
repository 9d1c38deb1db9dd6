using DealTracker.Web.Accounts;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Users;

/// <summary>Account administration: admins only; adding an account; the password and email rules; changing a role.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManageUsersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Open_AsEditor_IsRefusedWithoutTheAccountList()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsEditorAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/users");

        await Expect(page.GetByText("Account administration is for admins")).ToBeVisibleAsync();
        await Expect(page.GetByText(DealTrackerServer.AdminEmail)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add an account" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AddEditor_AsAdmin_ListsTheAccountAndTheNewEditorCanSignIn()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "a new editor's own passphrase";
        await using (var session = await fixture.OpenAsync())
        {
            var page = session.Page;
            await page.SignInAsAdminAsync("/admin/users");
            var rows = page.Locator("main tbody tr");
            await Expect(rows.Filter(new() { HasText = DealTrackerServer.AdminEmail })).ToContainTextAsync("Admin");
            await Expect(rows.Filter(new() { HasText = DealTrackerServer.EditorEmail })).ToContainTextAsync("Editor");

            await page.GetByRole(AriaRole.Button, new() { Name = "Add an account" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.FieldControl("Password")).ToContainTextAsync($"{PasswordRules.MinimumLength} to {PasswordRules.MaximumLength} characters");
            await dialog.Field("Email").FillAsync(email);
            await dialog.Field("Password").FillAsync(password);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();

            await Expect(dialog).ToBeHiddenAsync();
            var added = rows.Filter(new() { HasText = email });
            await Expect(added).ToHaveCountAsync(1);
            await Expect(added).ToContainTextAsync("Editor");
            await Expect(added).ToContainTextAsync("Active");
            await Expect(page.Locator("main")).Not.ToContainTextAsync(password);
            Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
        }

        await using var newcomer = await fixture.OpenAsync();
        await newcomer.Page.SignInAsync(email, password);
        await Expect(newcomer.Page.GetByRole(AriaRole.Heading, new() { Name = "Editor desk", Level = 1 })).ToBeVisibleAsync();
        await Expect(newcomer.Page.GetByRole(AriaRole.Banner).GetByText(email)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddEditor_ShortPassword_ShowsTheRuleInTheDialogAndCreatesNothing()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync("/admin/users");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Email").FillAsync(email);
        await dialog.Field("Password").FillAsync("too short");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync($"at least {PasswordRules.MinimumLength} characters");
        await Expect(dialog).ToBeVisibleAsync();
        var created = await fixture.Server.UseAsync<EditorAccounts, EditorUser?>(accounts => accounts.FindByEmailAsync(email));
        Assert.Null(created);
    }

    [Fact]
    public async Task ResetPassword_AsAdmin_TheAccountSignsInWithTheNewOne()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string newPassword = "the replacement passphrase";
        var created = await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(email, "the original passphrase", Roles.Editor));
        Assert.True(created.Succeeded);
        await using (var session = await fixture.OpenAsync())
        {
            var page = session.Page;
            await page.SignInAsAdminAsync("/admin/users");

            await page.GetByRole(AriaRole.Button, new() { Name = $"Reset password of {email}" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync(email);
            await dialog.Field("New password").FillAsync(newPassword);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();

            await Expect(dialog).ToBeHiddenAsync();
            await Expect(page.GetByText($"New password set for {email}.")).ToBeVisibleAsync();
        }

        await using var owner = await fixture.OpenAsync();
        await owner.Page.SignInAsync(email, newPassword);
        await Expect(owner.Page.GetByRole(AriaRole.Heading, new() { Name = "Editor desk", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Disable_AsAdmin_SignsTheAccountOutAndEnableLetsItBackIn()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "the editor's own passphrase";
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(email, password, Roles.Editor))).Succeeded);
        await using var owner = await fixture.OpenAsync();
        await owner.Page.SignInAsync(email, password);
        await using var admin = await fixture.OpenAsync();
        await admin.Page.SignInAsAdminAsync("/admin/users");
        await Expect(admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Disable {DealTrackerServer.AdminEmail}" })).ToHaveCountAsync(0); // never oneself

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Disable {email}" }).ClickAsync();

        await Expect(admin.Page.GetByText($"{email} is disabled and signed out everywhere.")).ToBeVisibleAsync();
        await owner.Page.GotoAsync("/admin/reports");
        await owner.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
        await owner.Page.GetByLabel("Email").FillAsync(email);
        await owner.Page.GetByLabel("Password").FillAsync(password);
        await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(owner.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an active account");

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Enable {email}" }).ClickAsync();
        await Expect(admin.Page.GetByText($"{email} can sign in again.")).ToBeVisibleAsync();
        await owner.Page.SignInAsync(email, password);
        await Expect(owner.Page.GetByRole(AriaRole.Heading, new() { Name = "Editor desk", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Change_AdminDisabledWhileThePageIsOpen_IsRefusedAndChangesNothing()
    {
        var admin = $"{Guid.NewGuid():N}@dealtracker.test";
        var editor = $"{Guid.NewGuid():N}@dealtracker.test";
        var newcomer = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "the second admin's passphrase";
        const string editorPassword = "the editor's own passphrase";
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(admin, password, Roles.Admin))).Succeeded);
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(editor, editorPassword, Roles.Editor))).Succeeded);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsync(admin, password, "/admin/users");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Disable {editor}" })).ToBeVisibleAsync();

        // Another admin disables this one while the page stays open (its circuit re-checks only every minute).
        await fixture.Server.UseAsync<UserManager<EditorUser>, IdentityResult>(async users =>
        {
            var user = (await users.FindByEmailAsync(admin))!;
            await users.SetLockoutEndDateAsync(user, new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero));
            return await users.UpdateSecurityStampAsync(user);
        });

        await page.GetByRole(AriaRole.Button, new() { Name = $"Disable {editor}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was changed");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Reset password of {editor}" }).ClickAsync();
        var reset = page.GetByRole(AriaRole.Dialog);
        await reset.Field("New password").FillAsync("a password the editor never chose");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(reset.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was changed");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(reset).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an account" }).ClickAsync();
        var add = page.GetByRole(AriaRole.Dialog);
        await add.Field("Email").FillAsync(newcomer);
        await add.Field("Password").FillAsync("a new admin's own passphrase");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        await Expect(add.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was changed");

        Assert.Null(await fixture.Server.UseAsync<EditorAccounts, EditorUser?>(accounts => accounts.FindByEmailAsync(newcomer)));
        var listed = await fixture.Server.UseAsync<EditorAccounts, IReadOnlyList<EditorAccount>>(accounts => accounts.ListAsync());
        Assert.False(Assert.Single(listed, a => a.Email == editor).IsDisabled);
        Assert.True(await fixture.Server.UseAsync<UserManager<EditorUser>, bool>(async users => await users.CheckPasswordAsync((await users.FindByEmailAsync(editor))!, editorPassword)));
    }

    [Fact]
    public async Task ResetPassword_PastedPasswordOverTheLimit_KeepsAllOfItAndIsRefusedBesideTheField()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "the original passphrase";
        var tooLong = string.Concat(Enumerable.Repeat("correct horse ", 10)) + "battery"; // 147 characters
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(email, password, Roles.Editor))).Succeeded);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync("/admin/users");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Reset password of {email}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("New password").FillAsync(tooLong);
        await Expect(dialog.Field("New password")).ToHaveValueAsync(tooLong); // nothing cut
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();

        await Expect(dialog.FieldControl("New password")).ToContainTextAsync($"Passwords must be at most {PasswordRules.MaximumLength} characters; this one has {tooLong.Length}.");
        await Expect(dialog.Field("New password")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(dialog).ToBeVisibleAsync();
        Assert.True(await fixture.Server.UseAsync<UserManager<EditorUser>, bool>(async users => await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password)));
    }

    [Fact]
    public async Task AddAccount_DisplayNameEmail_SaysSoBesideTheEmailInTheAppsWords()
    {
        var email = $"Bob <{Guid.NewGuid():N}@dealtracker.test>";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync("/admin/users");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Field("Email").FillAsync(email);
        await dialog.Field("Password").FillAsync("a new editor's own passphrase");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();

        await Expect(dialog.FieldControl("Email")).ToContainTextAsync("Write the address alone, such as name@example.com");
        await Expect(dialog.Field("Email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(dialog.GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("Username");
        await Expect(dialog).ToBeVisibleAsync();
        Assert.True(session.Errors.Count == 0, string.Join(Environment.NewLine, session.Errors));
    }

    [Fact]
    public async Task ChangeRole_EditorMadeAdminThenEditor_TheRowShowsEachRoleAndTheAccountSignsInAgain()
    {
        var email = $"{Guid.NewGuid():N}@dealtracker.test";
        const string password = "the editor's own passphrase";
        Assert.True((await fixture.Server.UseAsync<EditorAccounts, AccountResult>(accounts => accounts.CreateAsync(email, password, Roles.Editor))).Succeeded);
        await using var owner = await fixture.OpenAsync();
        await owner.Page.SignInAsync(email, password);
        await using var admin = await fixture.OpenAsync();
        await admin.Page.SignInAsAdminAsync("/admin/users");
        var row = admin.Page.Locator("main tbody tr").Filter(new() { HasText = email });
        await Expect(admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Make editor: {DealTrackerServer.AdminEmail}" })).ToHaveCountAsync(0); // never oneself

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Make admin: {email}" }).ClickAsync();

        await Expect(admin.Page.GetByText($"{email} is now an admin")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Admin");
        await Expect(row).Not.ToContainTextAsync("Editor");
        await owner.Page.GotoAsync("/admin/users");
        await owner.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/login");
        await owner.Page.SignInAsync(email, password, "/admin/users");
        await Expect(owner.Page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 })).ToBeVisibleAsync();

        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"Make editor: {email}" }).ClickAsync();

        await Expect(admin.Page.GetByText($"{email} is now an editor")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Editor");
        await Expect(row).Not.ToContainTextAsync("Admin");
        Assert.Equal([Roles.Editor], await fixture.Server.UseAsync<UserManager<EditorUser>, IList<string>>(async users => await users.GetRolesAsync((await users.FindByEmailAsync(email))!)));
    }
}
