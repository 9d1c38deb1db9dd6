using System.Net;
using DealTracker.Web.Accounts;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.FunctionalTests.Accounts;

/// <summary>
/// Every failed sign-in does the same password-hash work (one verification), so its timing does not
/// tell an unknown email from a wrong password, a locked-out account or a disabled one.
/// </summary>
public sealed class SignInHashWorkTests : IAsyncLifetime
{
    private const string Passphrase = "a long enough passphrase";

    private readonly VerificationCounter _verifications = new();

    private readonly DealTrackerAppFactory _app;

    public SignInHashWorkTests() =>
        _app = new DealTrackerAppFactory
        {
            MoreServices = services =>
            {
                services.AddSingleton(_verifications);
                services.AddScoped<IPasswordHasher<EditorUser>, CountingPasswordHasher>();
            },
        };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task SignIn_EachKindOfFailure_VerifiesOnePasswordHash()
    {
        await _app.EnsureAccountAsync("locked-hash@dealtracker.test", Passphrase, Roles.Editor);
        await _app.EnsureAccountAsync("disabled-hash@dealtracker.test", Passphrase, Roles.Editor);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            var locked = (await users.FindByEmailAsync("locked-hash@dealtracker.test"))!;
            await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddMinutes(15));
            var disabled = (await users.FindByEmailAsync("disabled-hash@dealtracker.test"))!;
            await users.SetLockoutEndDateAsync(disabled, new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        var unknown = await VerificationsAsync("nobody-at-all@dealtracker.test", Passphrase);
        var wrong = await VerificationsAsync(DealTrackerAppFactory.AdminEmail, "not the right password");
        var lockedOut = await VerificationsAsync("locked-hash@dealtracker.test", Passphrase);
        var disabledAccount = await VerificationsAsync("disabled-hash@dealtracker.test", Passphrase);

        Assert.Equal(
            new { unknown, wrong, lockedOut, disabledAccount },
            new { unknown = 1, wrong = 1, lockedOut = 1, disabledAccount = 1 });
    }

    [Fact]
    public async Task SignIn_RightPassword_VerifiesOnePasswordHash()
    {
        var verifications = await VerificationsAsync(DealTrackerAppFactory.AdminEmail, DealTrackerAppFactory.AdminPassword, HttpStatusCode.Redirect);

        Assert.Equal(1, verifications);
    }

    private async Task<int> VerificationsAsync(string email, string password, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = _app.CreateBrowserLikeClient();
        var form = await SignIn.FormFieldsAsync(client, "/account/login");
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        var before = _verifications.Count;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        var after = _verifications.Count;
        Assert.Equal(expected, response.StatusCode);
        return after - before;
    }

    private sealed class VerificationCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options, VerificationCounter counter) : IPasswordHasher<EditorUser>
    {
        private readonly PasswordHasher<EditorUser> _inner = new(options);

        public string HashPassword(EditorUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorUser user, string hashedPassword, string providedPassword)
        {
            counter.Add();
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
