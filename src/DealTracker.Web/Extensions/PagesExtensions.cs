using DealTracker.Web.Services.Compare;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Extensions;

public static class PagesExtensions
{
    /// <summary>The public pages' read queries (Services/Pages and Services/Compare), the Atom feed's among them.</summary>
    public static IHostApplicationBuilder AddDealTrackerPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DealOverviewQuery>();
        builder.Services.AddScoped<DealDirectoryQuery>();
        builder.Services.AddScoped<TimelineQuery>();
        builder.Services.AddScoped<CompareQuery>();
        builder.Services.AddScoped<OutletQueries>();
        builder.Services.AddScoped<ReportQuery>();
        builder.Services.AddScoped<FeedQuery>();
        return builder;
    }
}
