using System.Net;
using System.Net.Sockets;

namespace GeoRelief.Data.Internal;

/// <summary>Finds TCP ports on the loopback interface that nothing is listening on.</summary>
internal static class FreeTcpPort
{
    /// <summary>A port the operating system just handed out for 127.0.0.1.</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when <paramref name="port"/> can be bound on 127.0.0.1 right now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
