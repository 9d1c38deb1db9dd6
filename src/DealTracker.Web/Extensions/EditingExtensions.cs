using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.Extensions;

public static class EditingExtensions
{
    /// <summary>The write side (Services/Editing and Services/Exchange): the editors, their lookups, the history, export and import.</summary>
    public static IHostApplicationBuilder AddDealTrackerEditing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportEditor>();
        builder.Services.AddScoped<CatalogEditor>();
        builder.Services.AddScoped<HistoryQuery>();
        builder.Services.AddScoped<EditorLookups>();
        builder.Services.AddSingleton<StoreNames>();
        builder.Services.AddScoped<DealExporter>();
        builder.Services.AddScoped<DealImporter>();
        return builder;
    }
}
