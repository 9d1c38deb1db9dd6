using System.Text.Json;
using System.Text.Json.Serialization;

namespace DealTracker.Web.Apis;

public static class ApiExtensions
{
    /// <summary>JSON for the API: camelCase names, enums as camelCase words ("upTo", "atLeast"), problem details for errors.</summary>
    public static IHostApplicationBuilder AddDealTrackerApi(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<DealTracker.Web.Services.DataQueries>();
        builder.Services.AddScoped<DealTracker.Web.Services.DealApiQuery>();
        builder.Services.AddCors(options => options.AddPolicy(ReadApi.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag")));
        return builder;
    }

    public static IEndpointRouteBuilder MapDealTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDealsApi();
        endpoints.MapOutletsApi();
        endpoints.MapEventsApi();
        endpoints.MapExtractApi();
        endpoints.MapReportsApi();
        endpoints.MapClaimsApi();
        endpoints.MapHistoryApi();
        return endpoints;
    }
}
