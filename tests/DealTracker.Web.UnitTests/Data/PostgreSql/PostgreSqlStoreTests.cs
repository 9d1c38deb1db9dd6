using DealTracker.Web.Data.PostgreSql;
using Npgsql;

namespace DealTracker.Web.UnitTests.Data.PostgreSql;

public sealed class PostgreSqlStoreTests
{
    [Fact]
    public void WithPoolBound_ConnectionStringNamesNoPoolSize_BoundsThePoolToTheDefault()
    {
        var bounded = PostgreSqlStore.WithPoolBound("Host=db.internal;Port=5432;Username=dealtracker;Password=secret;Database=deals");

        var options = new NpgsqlConnectionStringBuilder(bounded);
        Assert.Equal(PostgreSqlStore.DefaultMaxPoolSize, options.MaxPoolSize);
        Assert.Equal("db.internal", options.Host);
        Assert.Equal("secret", options.Password);
        Assert.Equal("deals", options.Database);
        Assert.InRange(PostgreSqlStore.DefaultMaxPoolSize, 2, 99); // bounded, below Npgsql's own default of 100
    }

    [Theory]
    [InlineData("Host=db;Database=deals;Maximum Pool Size=60", 60)]
    [InlineData("Host=db;Database=deals;maximum pool size=150", 150)]
    [InlineData("Host=db;Database=deals;MaxPoolSize=9", 9)]
    public void WithPoolBound_ConnectionStringNamesAPoolSize_LeavesItAsGiven(string connectionString, int expected)
    {
        var given = PostgreSqlStore.WithPoolBound(connectionString);

        Assert.Equal(connectionString, given);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(given).MaxPoolSize);
    }
}
