namespace GeoRelief.Server.Apis.Ogc;

/// <summary>The representation an OGC API resource is sent in.</summary>
public enum OgcFormat
{
    /// <summary>JSON (GeoJSON for features).</summary>
    Json,

    /// <summary>Server-rendered HTML for people in a browser.</summary>
    Html,
}
