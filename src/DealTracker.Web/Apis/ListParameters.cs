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

    /// <summary>The filter, or the errors keyed by parameter name.</summary>
    public async Task<(DataFilter? Filter, Dictionary<string, string[]> Errors)> ResolveAsync(
        IDbContextFactory<DealTrackerDbContext> dbFactory, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = ParseInt(PageSize, "pageSize", 1, DataFilter.MaxPageSize, DataFilter.DefaultPageSize, errors);
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
            : (new DataFilter(dealId, outletId, partyId, metric, status, from, to, page, pageSize), errors);
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

    /// <summary>The page and its size, or the errors keyed by parameter name.</summary>
    public (int Page, int PageSize, Dictionary<string, string[]> Errors) Resolve()
    {
        var errors = new Dictionary<string, string[]>();
        var page = ListParameters.ParseInt(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = ListParameters.ParseInt(PageSize, "pageSize", 1, DataFilter.MaxPageSize, DataFilter.DefaultPageSize, errors);
        return (page, pageSize, errors);
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
