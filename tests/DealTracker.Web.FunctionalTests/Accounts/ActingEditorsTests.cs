using System.Security.Claims;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// An editor page's writes take their stamp from <see cref="ActingEditors"/>, which checks the account in the
/// store at that moment: an editor disabled, locked out, left without a role, signed out everywhere or given a
/// new password since the page opened gets no stamp (the page changes nothing), and the refusal is logged.
/// </summary>
public sealed class ActingEditorsTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";
    private const string EditorEmail = "acting-editor@dealtracker.test";

    private readonly DealTrackerAppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAccountAsync(EditorEmail, Passphrase, Roles.Editor);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static TheoryData<string> Changes => ["disabled", "locked out", "no role", "signed out everywhere", "password reset"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task StampAsync_EditorChangedSincePageOpened_IsNullAndLogged(string change)
    {
        var stale = await PrincipalAsync(EditorEmail); // as the open page holds it
        await ChangeEditorAsync(change);

        var stamp = await _app.Services.GetRequiredService<ActingEditors>().StampAsync(stale, "save on a test page");

        Assert.Null(stamp);
        Assert.Contains(_app.Logs.Messages, m => m.Contains("Refused an editor's change by", StringComparison.Ordinal)
            && m.Contains(EditorEmail, StringComparison.Ordinal) && m.Contains("save on a test page", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EditorEmail)]
    [InlineData(DealTrackerAppFactory.AdminEmail)]
    public async Task StampAsync_CurrentEditorOrAdmin_IsTheirStamp(string email)
    {
        var acting = await PrincipalAsync(email);

        var stamp = await _app.Services.GetRequiredService<ActingEditors>().StampAsync(acting, "save");

        Assert.Equal(email, stamp?.Name);
    }

    [Fact]
    public async Task StampAsync_NotSignedIn_IsNull()
    {
        var actingEditors = _app.Services.GetRequiredService<ActingEditors>();

        Assert.Null(await actingEditors.StampAsync(new ClaimsPrincipal(new ClaimsIdentity()), "save"));
        Assert.Null(await actingEditors.StampAsync((ClaimsPrincipal?)null, "save"));
    }

    private async Task ChangeEditorAsync(string change)
    {
        var admin = await PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var editor = (await users.FindByEmailAsync(EditorEmail))!;
        switch (change)
        {
            case "disabled":
                Assert.True((await accounts.SetDisabledAsync(admin, editor.Id, disabled: true)).Succeeded);
                break;
            case "password reset":
                Assert.True((await accounts.ResetPasswordAsync(admin, editor.Id, "a new passphrase for the editor")).Succeeded);
                break;
            case "signed out everywhere":
                await accounts.EndSessionsAsync(editor);
                break;
            case "locked out":
                await users.SetLockoutEndDateAsync(editor, DateTimeOffset.UtcNow.AddMinutes(15));
                break;
            case "no role":
                await users.RemoveFromRoleAsync(editor, Roles.Editor);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private Task<ClaimsPrincipal> PrincipalAsync(string email) => _app.PrincipalAsync(email);
}
