namespace GeoRelief.Server.Auth;

/// <summary>Whether reading needs a token (<c>GeoRelief:ReadAuth</c>, <c>GEORELIEF_READ_AUTH</c>).</summary>
public enum ReadAuth
{
    /// <summary>Anyone may read; writes need an editor token.</summary>
    Open,

    /// <summary>Reads need a viewer (or higher) token too; only /health and /ready stay open for probes.</summary>
    Required,
}
