using Microsoft.AspNetCore.Antiforgery;

namespace DealTracker.Web.Hosting;

/// <summary>
/// The framework's antiforgery service, except that an anonymous GET of a <see cref="PublicPageAttribute"/>
/// page gets no token. Blazor asks for tokens on every page response; for a page that posts
/// nothing they only cost two cryptographic operations and a <c>Set-Cookie</c>, and a response
/// that sets a cookie can never be cached. Everything else (sign-in, editor pages, signed-in
/// readers, every POST) goes to the framework's service unchanged.
/// </summary>
internal sealed class PublicPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        NeedsNoToken(httpContext) ? NoTokens() : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        NeedsNoToken(httpContext) ? NoTokens() : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool NeedsNoToken(HttpContext httpContext) =>
        (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
        && httpContext.User.Identity?.IsAuthenticated != true
        && httpContext.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null;

    private static AntiforgeryTokenSet NoTokens() => new(null, null, "__RequestVerificationToken", null);
}
