namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Bodies for the write API's <c>POST /api/reports</c>.</summary>
public static class TestReports
{
    /// <summary>A report with two money figures on the deal: Amazon's investment (up to $40B) and the round size ($90B or more).</summary>
    public static Dictionary<string, object?> TwoFigures(int? outletId, string url, int dealId, int amazonId, string publishedOn = "2026-02-02") => new()
    {
        ["outletId"] = outletId,
        ["headline"] = "Amazon weighs $40 billion OpenAI stake",
        ["url"] = url,
        ["publishedOn"] = publishedOn,
        ["publishedPrecision"] = "day",
        ["claims"] = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["dealId"] = dealId, ["metric"] = "investment", ["partyId"] = amazonId, ["hedge"] = "upTo",
                ["amount"] = 40_000_000_000m, ["currency"] = "USD", ["quote"] = "as much as $40 billion",
            },
            new()
            {
                ["dealId"] = dealId, ["metric"] = "roundSize", ["hedge"] = "atLeast",
                ["amount"] = 90_000_000_000m, ["currency"] = "USD", ["quote"] = "$90 billion or more",
            },
        },
    };
}
