using System.Text.Json;
using System.Text.Json.Serialization;
using DealTracker.Web.Apis;
using DealTracker.Web.Apis.Queries;
using Scalar.AspNetCore;

namespace DealTracker.Web.Extensions;

public static class ApiExtensions
{
    /// <summary>
    /// The API: JSON with camelCase names and enums as camelCase words ("upTo", "atLeast"), problem details for
    /// errors, the OpenAPI document, the API's own read queries (Apis/Queries) and CORS for public reads.
    /// </summary>
    public static IHostApplicationBuilder AddDealTrackerApi(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Words only: a number ("metric": 99) would bind to a value no enum has; a padded word (" investment") is refused too, with
            // the words the field takes.
            options.SerializerOptions.Converters.Add(new StrictEnumConverterFactory());

            // A property sent twice ({"outletId": 3, "outletId": 6}) is a 400 naming it, not the last one silently taken.
            options.SerializerOptions.AllowDuplicateProperties = false;

            // A number is a number: "inboxItemId": "12" is a wrong type (400), as the docs say, not read as 12 (the web defaults would).
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // First, so an /api or /openapi error is problem details whatever the Accept header (Apis/ApiProblemDetailsWriter).
        builder.Services.AddSingleton<Microsoft.AspNetCore.Http.IProblemDetailsWriter, ApiProblemDetailsWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddSchemaTransformer((schema, context, _) =>
        {
            // A claim's amounts are read by AmountJsonConverter (every decimal place as written) and are still plain JSON numbers.
            if (context.JsonPropertyInfo?.CustomConverter is AmountJsonConverter)
            {
                schema.Type = Microsoft.OpenApi.JsonSchemaType.Number | Microsoft.OpenApi.JsonSchemaType.Null;
                schema.Format = "double";
            }

            return Task.CompletedTask;
        }).AddDocumentTransformer((document, _, _) =>
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
        builder.Services.AddScoped<DataQueries>();
        builder.Services.AddScoped<DealApiQuery>();
        builder.Services.AddSingleton<ExtractionGate>();
        builder.Services.AddCors(options => options.AddPolicy(ReadApi.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag")));
        return builder;
    }

    public static IEndpointRouteBuilder MapDealTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        // /openapi/v1.json, the one document: another name (/openapi/v2.json) matches no route, so its 404 is problem details too.
        endpoints.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json");
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
