using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace DealTracker.Web.Extensions;

/// <summary>
/// The read API's output cache varies by the query keys the endpoint reads (its <c>[FromQuery]</c> parameters, and
/// those of its <c>[AsParameters]</c> record), not by every key: a key no endpoint reads (<c>?x=1</c>, <c>?utm_source=…</c>)
/// hits the same entry instead of adding one and building the answer again.
/// </summary>
internal sealed class ApiQueryKeys : IOutputCachePolicy
{
    private static readonly ConcurrentDictionary<MethodInfo, string[]> _byHandler = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            // Refused later (UseNoNulInQuery) whatever the key: never answered from an entry of the same path.
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }

        var handler = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>();
        // An endpoint whose handler is unknown varies by every key, as before: never one entry for two different answers.
        context.CacheVaryByRules.QueryKeys = handler is null ? new StringValues("*") : new StringValues(_byHandler.GetOrAdd(handler, Of));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>The query keys a handler reads, in order.</summary>
    internal static string[] Of(MethodInfo handler) =>
        [.. handler.GetParameters()
            .SelectMany(parameter => parameter.IsDefined(typeof(AsParametersAttribute))
                ? parameter.ParameterType.GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>() is { } query ? query.Name ?? p.Name : null)
                : [parameter.GetCustomAttribute<FromQueryAttribute>() is { } query ? query.Name ?? parameter.Name : null])
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
}
