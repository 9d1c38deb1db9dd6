using DealTracker.Web.Apis;
using DealTracker.Web.Extensions;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>The read API's cache varies by the query keys each endpoint reads, and by no other.</summary>
public sealed class ApiQueryKeysTests
{
    [Fact]
    public void Of_ListEndpoint_IsItsListParameters()
    {
        Assert.Equal(["cursor", "deal", "from", "metric", "outlet", "page", "pageSize", "party", "status", "to"],
                     ApiQueryKeys.Of(typeof(ClaimsApi).GetMethod(nameof(ClaimsApi.ListAsync))!));
    }

    [Fact]
    public void Of_DealsEndpoints_AreTheirParameters()
    {
        Assert.Equal(["cursor", "page", "pageSize"], ApiQueryKeys.Of(typeof(DealsApi).GetMethod(nameof(DealsApi.ListAsync))!));
        Assert.Equal(["asOf"], ApiQueryKeys.Of(typeof(DealsApi).GetMethod(nameof(DealsApi.GetAsync))!));
        Assert.Empty(ApiQueryKeys.Of(typeof(ExportApi).GetMethod(nameof(ExportApi.CsvAsync))!));
    }
}
