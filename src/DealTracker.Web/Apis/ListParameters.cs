using System.ComponentModel;
using System.Globalization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Queries;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Exchange;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis;

/// <summary>
/// The query parameters every list endpoint takes. All arrive as text and are checked here, so a
/// bad value is a 400 problem naming the parameter, never a 500 or a silently ignored filter.
/// </summary>
public sealed record ListParameters
{
    [Description("A deal's slug, such as amazon-openai-2026-round.")]
    [FromQuery(Name = "deal")]
    public string? Deal { get; init; }

    [Description("An outlet's slug, such as reuters.")]
    [FromQuery(Name = "outlet")]
    public string? Outlet { get; init; }

    [TokensDescription<Metric>("A metric")]
    [FromQuery(Name = "metric")]
    public string? Metric { get; init; }

    [Description("A party's slug, such as amazon.")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }

    [Description("standing or retracted.")]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [Description("Earliest date (yyyy-MM-dd): items that may have been published on or after it.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Latest date (yyyy-MM-dd): items that may have been published on or before it.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("The page, from 1.")]
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [Description("Items per page: 50 by default, at most 200.")]
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    [Description(CursorDescription)]
    [FromQuery(Name = ListCursor.Parameter)]
    public string? Cursor { get; init; }

    internal const string CursorDescription =
        "The next page after one already read: its \"next\", passed back unchanged (keyset paging: as fast on the last page as on the first). Not with page.";

    /// <summary>The filter, or the errors keyed by parameter name. <paramref name="list"/> names the list a cursor must belong to.</summary>
    public async Task<(DataFilter? Filter, Dictionary<string, string[]> Errors)> ResolveAsync(
        string list, IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = ParseInt(PageSize, "pageSize", 1, DataFilter.MaxPageSize, DataFilter.DefaultPageSize, errors);
        var after = ReadDatedCursor(Cursor, Page, list, ref page, errors);
        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = ["\"to\" must not be before \"from\"."];
        }

        Metric? metric = null;
        if (!string.IsNullOrEmpty(Metric))
        {
            if (EnumNames.TryParse<Metric>(Metric, out var parsed))
            {
                metric = parsed;
            }
            else
            {
                errors["metric"] = [$"Unknown metric \"{Metric}\". Use one of: {string.Join(", ", EnumNames.Tokens<Metric>())}."];
            }
        }

        string? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            status = Status.ToLowerInvariant();
            if (status is not ("standing" or "retracted"))
            {
                errors["status"] = ["The status must be standing or retracted."];
            }
        }

        // Slugs are lower case (Slugs.From): a filter's slug is matched whatever its case.
        var deal = Deal?.ToLowerInvariant();
        var outlet = Outlet?.ToLowerInvariant();
        var party = Party?.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dealId = await ResolveAsync(Deal, "deal", db.Deals.Where(d => d.Slug == deal).Select(d => (int?)d.Id), errors, cancellationToken);
        var outletId = await ResolveAsync(Outlet, "outlet", db.Outlets.Where(o => o.Slug == outlet).Select(o => (int?)o.Id), errors, cancellationToken);
        var partyId = await ResolveAsync(Party, "party", db.Parties.Where(p => p.Slug == party).Select(p => (int?)p.Id), errors, cancellationToken);
        return errors.Count > 0
            ? (null, errors)
            : (new DataFilter(dealId, outletId, partyId, metric, status, from, to, page, pageSize, after), errors);
    }

    /// <summary>The key a dated list's cursor starts after (and the page it leads to), null without a cursor; a bad one is an error.</summary>
    private static DatedKey? ReadDatedCursor(string? cursor, string? pageText, string list, ref int page, Dictionary<string, string[]> errors)
    {
        if (ListCursor.Read(cursor, pageText, list, 2, errors) is not { } read)
        {
            return null;
        }

        if (!ListCursor.TryDay(read.Key[0], out var on) || !ListCursor.TryId(read.Key[1], out var id))
        {
            errors[ListCursor.Parameter] = [ListCursor.NotACursor];
            return null;
        }

        page = read.Page;
        return new DatedKey(on, id);
    }

    private static async Task<int?> ResolveAsync(string? slug, string name, IQueryable<int?> lookup, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        var id = await lookup.FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            errors[name] = [$"No {name} has the slug \"{slug}\"."];
        }

        return id;
    }

    internal static int ParseInt(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [max == int.MaxValue
            ? $"\"{name}\" must be a whole number, {min} or more."
            : $"\"{name}\" must be a whole number from {min} to {max.ToString(CultureInfo.InvariantCulture)}."];
        return fallback;
    }

    /// <summary>A day written yyyy-MM-dd, null when empty; anything else is an error naming the parameter.</summary>
    internal static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (IsoDay.TryParse(text, out var date))
        {
            return date;
        }

        errors[name] = [$"\"{name}\" must be a date written yyyy-MM-dd, such as 2026-01-29."];
        return null;
    }
}

/// <summary>
/// The paging parameters of a list that takes no filter (<c>GET /api/deals</c>): checked as <see cref="ListParameters"/>
/// checks them, so a bad value is the same 400 naming the parameter.
/// </summary>
public sealed record PageParameters
{
    [Description("The page, from 1.")]
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [Description("Items per page: 50 by default, at most 200.")]
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    [Description(ListParameters.CursorDescription)]
    [FromQuery(Name = ListCursor.Parameter)]
    public string? Cursor { get; init; }

    /// <summary>The page, its size and where it starts (a cursor's deal, null without one), or the errors keyed by parameter name.</summary>
    public (int Page, int PageSize, DealKey? After, Dictionary<string, string[]> Errors) Resolve()
    {
        var errors = new Dictionary<string, string[]>();
        var page = ListParameters.ParseInt(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = ListParameters.ParseInt(PageSize, "pageSize", 1, DataFilter.MaxPageSize, DataFilter.DefaultPageSize, errors);
        if (ListCursor.Read(Cursor, Page, DealKey.List, 3, errors) is not { } read)
        {
            return (page, pageSize, null, errors);
        }

        if (read.Key[0] is not ("0" or "1") || !ListCursor.TryId(read.Key[2], out var id))
        {
            errors[ListCursor.Parameter] = [ListCursor.NotACursor];
            return (page, pageSize, null, errors);
        }

        return (read.Page, pageSize, new DealKey(read.Key[0] == "1", read.Key[1], id), errors);
    }
}

/// <summary>
/// A parameter's description that lists the enum's tokens, read from the enum itself ("A metric: investment,
/// roundSize, …"), so the documentation names every value the parameter accepts, a new one included.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TokensDescriptionAttribute<TEnum>(string what) : DescriptionAttribute
    where TEnum : struct, Enum
{
    public override string Description => $"{what}: {string.Join(", ", EnumNames.Tokens<TEnum>())}.";
}
