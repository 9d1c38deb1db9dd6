using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

public sealed class PasswordRulesTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static TheoryData<string, bool> Passwords => new()
    {
        { new string('x', 11), false },
        { "all lower case words", true },
        { "twelve chars", true },
        { new string('y', 128), true },
        { new string('z', 129), false },
    };

    [Theory]
    [MemberData(nameof(Passwords))]
    public async Task CreateAsync_Password_FollowsLengthRulesOnly(string password, bool accepted)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();

        var result = await accounts.CreateAsync($"user{Guid.NewGuid():N}@dealtracker.test", password, Roles.Editor);

        Assert.Equal(accepted, result.Succeeded);
    }

    public static TheoryData<string> BlankPasswords =>
    [
        new string(' ', 13),
        "        \u200B    ",
        new string('\u200B', 12),
        "\u3000\u3000\u3000\u3000\u3000\u3000\t\t\t\t\t\t",
    ];

    [Theory]
    [MemberData(nameof(BlankPasswords))]
    public async Task CreateAsync_OnlyWhiteSpaceOrInvisiblePassword_IsRefusedBesideThePassword(string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        var email = $"user{Guid.NewGuid():N}@dealtracker.test";

        var result = await accounts.CreateAsync(email, password, Roles.Editor);

        Assert.Equal(["A password cannot be only spaces or invisible characters: use words you can see and type."], result.Errors);
        Assert.Equal(result.Errors[0], result.Fields[AccountResult.PasswordField]);
        Assert.Null(await accounts.FindByEmailAsync(email));
    }

    [Fact]
    public async Task ResetPasswordAsync_OnlyWhiteSpaceAndAZeroWidthSpace_IsRefusedAndKeepsTheOldPassword()
    {
        const string email = "blank-reset@dealtracker.test";
        await _app.EnsureAccountAsync(email, "the editor's own passphrase", Roles.Editor);
        var acting = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        var user = (await accounts.FindByEmailAsync(email))!;

        var result = await accounts.ResetPasswordAsync(acting, user.Id, "        \u200B    ");

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be only spaces or invisible characters", result.Fields[AccountResult.PasswordField], StringComparison.Ordinal);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EditorUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, "the editor's own passphrase"));
    }
}
