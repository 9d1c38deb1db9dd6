using System.Text.Json;
using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace DealTracker.Web.Apis;

public static class ApiExtensions
{
    /// <summary>JSON for the API: camelCase names, enums as camelCase words ("upTo", "atLeast"), problem details for errors.</summary>
    public static IHostApplicationBuilder AddDealTrackerApi(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            // Words only: a number ("metric": 99) would bind to a value no enum has.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new()
            {
                Title = "DealTracker API",
                Version = "v1",
                Description = "Reported deals: every figure tied to who reported it, in what words, when and on whose authority. "
                    + "Reads are public (CORS for GET, ETag and 304). Writes need an editor's session: sign in at /account/login.",
            };
            return Task.CompletedTask;
        }));
        builder.Services.AddScoped<DealTracker.Web.Services.Api.DataQueries>();
        builder.Services.AddScoped<DealTracker.Web.Services.Api.DealApiQuery>();
        builder.Services.AddScoped<DealTracker.Web.Services.Exchange.DealExporter>();
        builder.Services.AddScoped<DealTracker.Web.Services.Exchange.DealImporter>();
        builder.AddFeed();
        builder.Services.AddCors(options => options.AddPolicy(ReadApi.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag")));
        return builder;
    }

    public static IEndpointRouteBuilder MapDealTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(); // /openapi/v1.json
        endpoints.MapScalarApiReference("/api/reference", options => options.WithTitle("DealTracker API").DisableDefaultFonts()); // no fonts from fonts.scalar.com (the CSP allows none)
        endpoints.MapDealsApi();
        endpoints.MapExportApi();
        endpoints.MapOutletsApi();
        endpoints.MapEventsApi();
        endpoints.MapExtractApi();
        endpoints.MapImportApi();
        endpoints.MapReportsApi();
        endpoints.MapClaimsApi();
        endpoints.MapHistoryApi();
        endpoints.MapFeedApi();
        endpoints.MapIntakeApi();
        return endpoints;
    }
}
