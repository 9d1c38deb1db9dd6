using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Holds back the browser's acknowledgements of Blazor render batches (<c>OnRenderCompleted</c> on the
/// circuit's WebSocket) until <see cref="Release"/>. Blazor Server runs a component's OnAfterRenderAsync only
/// once the browser has acknowledged the render, so while they are held the markup is on screen and usable,
/// but nothing a component does after rendering (a focus move, say) has happened yet: a slow connection,
/// or a fast editor. Everything else passes through. Install before the page opens its circuit.
/// </summary>
public sealed partial class RenderAcks
{
    private readonly Lock _lock = new();
    private readonly List<(IWebSocketRoute Server, IWebSocketFrame Frame)> _held = [];
    private bool _holding;

    private RenderAcks()
    {
    }

    public static async Task<RenderAcks> InstallAsync(IPage page)
    {
        var acks = new RenderAcks();
        await page.RouteWebSocketAsync(CircuitAddress(), acks.Route);
        return acks;
    }

    /// <summary>How many acknowledgements are held now.</summary>
    public int Held
    {
        get
        {
            lock (_lock)
            {
                return _held.Count;
            }
        }
    }

    public void Hold()
    {
        lock (_lock)
        {
            _holding = true;
        }
    }

    /// <summary>Sends the held acknowledgements, in order, and lets the next ones through.</summary>
    public void Release()
    {
        lock (_lock)
        {
            _holding = false;
            foreach (var (server, frame) in _held)
            {
                Forward(server, frame);
            }

            _held.Clear();
        }
    }

    private void Route(IWebSocketRoute page)
    {
        var server = page.ConnectToServer();
        page.OnMessage(frame =>
        {
            lock (_lock)
            {
                if (_holding && IsRenderAck(frame))
                {
                    _held.Add((server, frame));
                    return;
                }

                Forward(server, frame);
            }
        });
    }

    private static bool IsRenderAck(IWebSocketFrame frame) =>
        frame.Binary is { } binary
            ? binary.AsSpan().IndexOf("OnRenderCompleted"u8) >= 0
            : frame.Text?.Contains("OnRenderCompleted", StringComparison.Ordinal) == true;

    private static void Forward(IWebSocketRoute server, IWebSocketFrame frame)
    {
        if (frame.Binary is { } binary)
        {
            server.Send(binary);
        }
        else
        {
            server.Send(frame.Text ?? "");
        }
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex CircuitAddress();
}
