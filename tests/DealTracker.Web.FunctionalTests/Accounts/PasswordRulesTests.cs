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
}
