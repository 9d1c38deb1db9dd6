using Serilog.Core;
using Serilog.Events;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>Every log event the app writes, rendered, for tests about what is (and is not) logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_messages)
        {
            _messages.Add(logEvent.RenderMessage() + (logEvent.Exception is { } exception ? " " + exception : ""));
        }
    }
}
