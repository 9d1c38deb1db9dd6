using DealTracker.Web.Data.Synthetic;
using DealTracker.Web.Extensions;

namespace DealTracker.Web.UnitTests.Extensions;

public sealed class CommandLineExtensionsTests
{
    [Fact]
    public void TryParseOptions_NoArguments_GivesTheDefaultSet()
    {
        var parsed = CommandLineExtensions.TryParseOptions([], out var options, out var error);

        Assert.True(parsed, error);
        Assert.Equal(new SyntheticDataOptions(), options);
        Assert.Equal((20, 200, 20_000, 60_000, 42), (options.Deals, options.Outlets, options.Reports, options.Claims, options.Seed));
    }

    [Fact]
    public void TryParseOptions_EveryOption_SetsEachCount()
    {
        var parsed = CommandLineExtensions.TryParseOptions(
            ["--deals", "3", "--outlets", "20", "--reports", "300", "--claims", "900", "--seed", "7"], out var options, out var error);

        Assert.True(parsed, error);
        Assert.Equal((3, 20, 300, 900, 7), (options.Deals, options.Outlets, options.Reports, options.Claims, options.Seed));
    }

    [Fact]
    public void TryParseOptions_SizeHugeThenSeed_GivesTheHugePresetWithThatSeed()
    {
        var parsed = CommandLineExtensions.TryParseOptions(["--size", "huge", "--seed", "7"], out var options, out var error);

        Assert.True(parsed, error);
        Assert.Equal(SyntheticDataOptions.Huge with { Seed = 7 }, options);
    }

    [Theory]
    [InlineData("--size", "enormous")]
    [InlineData("--size")]
    [InlineData("--deals")]
    [InlineData("--deals", "many")]
    [InlineData("--users", "3")]
    [InlineData("--deals", "0")]
    public void TryParseOptions_BadArguments_FailsWithAReason(params string[] args)
    {
        var parsed = CommandLineExtensions.TryParseOptions(args, out _, out var error);

        Assert.False(parsed);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
