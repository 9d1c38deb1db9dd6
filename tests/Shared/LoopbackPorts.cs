using System.Net;
using System.Net.Sockets;

namespace DealTracker.Tests.Shared;

/// <summary>
/// Loopback ports for the processes the tests start (app nodes, nginx). Compiled into each test project that starts processes
/// (linked, not referenced: the test projects do not reference one another).
/// </summary>
internal static class LoopbackPorts
{
    private static readonly HashSet<int> _handedOut = [];

    /// <summary>
    /// A loopback port nothing listens on, never one this test run handed out before: two nodes started together once got the same
    /// port (the kernel gave it out again as soon as the probe released it), and the second node's readiness check then reached the first.
    /// </summary>
    public static int Unused()
    {
        lock (_handedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (_handedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
