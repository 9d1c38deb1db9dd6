namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>A screen size the pages must work on.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsMobile)
{
    public static Screen Desktop { get; } = new("desktop", 1366, 900, IsMobile: false);

    public static Screen Phone { get; } = new("phone", 375, 812, IsMobile: true);

    public static Screen Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use \"desktop\" or \"phone\"."),
    };
}

public enum Theme
{
    Light,
    Dark,
}
