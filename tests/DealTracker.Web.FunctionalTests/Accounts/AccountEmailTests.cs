using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// An account's email is checked in one place, in the app's words, within the store's bounds (256-character columns on
/// PostgreSQL): Identity's "Username … is invalid" and its two "already taken" lines never reach the admin, and a save the
/// store refuses is a message, never an exception in the dialog's click handler.
/// </summary>
public sealed class AccountEmailTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";

    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static TheoryData<string, string> Refused => new()
    {
        { $"{new string('a', 250)}@example.com", "at most 254 characters" },
        { "Bob <bob@example.com>", "Write the address alone" },
        { "édith@example.com", "it cannot hold “é”" },
        { "a@b", "a domain with a dot" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task CreateAsync_NotAPlainAddress_IsRefusedBesideTheEmailAndCreatesNothing(string email, string expected)
    {
        var acting = await _app.PrincipalAsync(DealTrackerAppFactory.AdminEmail);
        var before = (await WithAccountsAsync(a => a.ListAsync())).Count;

        var result = await WithAccountsAsync(a => a.CreateAsync(acting, email, Passphrase, Roles.Editor));

        var error = Assert.Single(result.Errors);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", error, StringComparison.Ordinal);
        Assert.Equal(error, result.Fields[AccountResult.EmailField]);
        Assert.Equal(before, (await WithAccountsAsync(a => a.ListAsync())).Count);
    }

    [Fact]
    public async Task CreateAsync_BadAddressAndShortPassword_SaysBothBesideTheirFields()
    {
        var result = await WithAccountsAsync(a => a.CreateAsync("Bob <bob@example.com>", "short", Roles.Editor));

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("Write the address alone", result.Fields[AccountResult.EmailField], StringComparison.Ordinal);
        Assert.Contains($"at least {PasswordRules.MinimumLength} characters", result.Fields[AccountResult.PasswordField], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_AddressTakenInAnotherCase_IsOneMessageBesideTheEmail()
    {
        var email = $"taken-{Guid.NewGuid():N}@example.com";
        Assert.True((await WithAccountsAsync(a => a.CreateAsync(email, Passphrase, Roles.Editor))).Succeeded);

        var result = await WithAccountsAsync(a => a.CreateAsync(email.ToUpperInvariant(), Passphrase, Roles.Admin));

        Assert.Equal([AccountEmail.Duplicate(email.ToUpperInvariant())], result.Errors);
        Assert.Equal(AccountEmail.Duplicate(email.ToUpperInvariant()), result.Fields[AccountResult.EmailField]);
    }

    [Fact]
    public async Task CreateAsync_SameAddressAddedAtOnce_MakesOneAccountAndTellsTheOthersWithoutAnException()
    {
        var email = $"race-{Guid.NewGuid():N}@example.com";
        var spellings = new[] { email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), email, email.ToUpperInvariant() };

        // Each as its own dialog would: its own scope, all at once.
        var results = await Task.WhenAll(spellings.Select(spelling => Task.Run(() => WithAccountsAsync(a => a.CreateAsync(spelling, Passphrase, Roles.Editor)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(
            results.Where(r => !r.Succeeded),
            r => Assert.Contains(Assert.Single(r.Errors), spellings.Select(AccountEmail.Duplicate)));
        Assert.Single(await WithAccountsAsync(a => a.ListAsync()), a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CreateAsync_PlainAddressWithAnApostrophe_IsAccepted()
    {
        var email = $"o'brien-{Guid.NewGuid():N}@example.com";

        var result = await WithAccountsAsync(a => a.CreateAsync(email, Passphrase, Roles.Editor));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.NotNull(await WithAccountsAsync(a => a.FindByEmailAsync(email)));
    }

    private async Task<T> WithAccountsAsync<T>(Func<EditorAccounts, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<EditorAccounts>());
    }
}
