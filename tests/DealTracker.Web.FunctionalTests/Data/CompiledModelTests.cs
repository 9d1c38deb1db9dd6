using DealTracker.Web.Data;
using DealTracker.Web.Data.CompiledModels.Sqlite;
using DealTracker.Web.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DealTracker.Web.FunctionalTests.Data;

/// <summary>
/// The SQLite store starts on the compiled model in <c>Data/CompiledModels/Sqlite</c> (no model building at start-up);
/// these tests fail as soon as the entity configuration and that generated code disagree.
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate =
        "The model changed: regenerate the compiled model with `dotnet ef dbcontext optimize --project src/DealTracker.Web --context DealTrackerDbContext "
        + "--output-dir Data/CompiledModels/Sqlite --namespace DealTracker.Web.Data.CompiledModels.Sqlite` (docs/operations.md).";

    [Fact]
    public void Model_SqliteContext_IsTheCompiledModel()
    {
        using var db = SqliteContext();

        Assert.Same(DealTrackerDbContextModel.Instance, db.Model);
    }

    [Fact]
    public void Model_CompiledModel_MatchesTheModelBuiltFromTheConfiguration()
    {
        using var db = SqliteContext();
        var built = db.GetService<IDesignTimeModel>().Model;

        // Entity types, properties (types, nullability, lengths, keys, concurrency tokens), navigations, indexes...
        var (configured, compiled) = (Describe(built), Describe(db.Model));
        Assert.True(configured == compiled, Regenerate + FirstDifference(configured, compiled));

        // ...and the tables and columns they map to (column types, value converters' store types, defaults).
        Assert.Equal(DescribeTables(built), DescribeTables(db.Model));
    }

    [Fact]
    public void Model_PostgreSqlContext_IsBuiltFromTheConfiguration()
    {
        // The compiled model is the SQLite provider's; the PostgreSQL context (a type of its own) builds its model.
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.NotSame(DealTrackerDbContextModel.Instance, db.Model);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
    }

    private static DealTrackerDbContext SqliteContext() =>
        new(new DbContextOptionsBuilder<DealTrackerDbContext>().UseSqlite("Data Source=:memory:").Options, TimeProvider.System);

    private static string FirstDifference(string configured, string compiled)
    {
        var (a, b) = (configured.Split('\n'), compiled.Split('\n'));
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return $" First difference, line {i + 1}: configured \"{(i < a.Length ? a[i].Trim() : "")}\", compiled \"{(i < b.Length ? b[i].Trim() : "")}\".";
    }

    // Without the "Ad-hoc entity types" EF Core adds at run time to the one compiled model instance, for the types
    // raw SQL queries return (SqlQuery<T>): how many there are depends on which tests ran before in this process.
    private static string Describe(IModel model)
    {
        var text = model.ToDebugString(MetadataDebugStringOptions.ShortDefault);
        var adHoc = text.IndexOf("Ad-hoc entity types:", StringComparison.Ordinal);
        return (adHoc < 0 ? text : text[..adHoc]).TrimEnd();
    }

    private static List<string> DescribeTables(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(table => table.Columns
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"{table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")} {c.PropertyMappings[0].TypeMapping.Converter?.ProviderClrType.Name}")),
    ];
}
