namespace DealTracker.Web.Hosting;

/// <summary>
/// Marks a public, read-only page: it renders the same HTML for every anonymous reader and
/// posts no form, so it needs no antiforgery token and its HTML may be cached
/// (see <see cref="PageCacheExtensions"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
