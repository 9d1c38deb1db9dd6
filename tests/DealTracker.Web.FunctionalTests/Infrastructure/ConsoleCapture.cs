using DealTracker.Web.Accounts;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>The lines the app writes to its console outside the log (see <see cref="IFirstAdminConsole"/>).</summary>
public sealed class ConsoleCapture : IFirstAdminConsole
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
