using DealTracker.Domain.Claims;

namespace DealTracker.Web.Services.Evidence;

/// <summary>
/// The page anchor of one figure (metric and party), such as "figure-investment-1": the overview's
/// card id and the compare page's column key, so a link to a figure means the same on both pages.
/// </summary>
internal static class FigureAnchor
{
    public static string Of(Metric metric, int? partyId) =>
        $"figure-{metric.ToString().ToLowerInvariant()}{(partyId is { } p ? "-" + p : "")}";
}
