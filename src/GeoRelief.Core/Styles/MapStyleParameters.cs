namespace GeoRelief.Core.Styles;

/// <summary>
/// Where the style's sources live and where the map opens: <see cref="BaseUrl"/> is GeoRelief's absolute base URL
/// (scheme, host, path base; no trailing slash), <see cref="ThemeQuery"/> the query string (with its '?', or empty)
/// passed on to the theme's own TileJSON, tiles and legend; the centre is longitude/latitude.
/// </summary>
public sealed record MapStyleParameters(string BaseUrl, string ThemeQuery, double CenterLongitude, double CenterLatitude, double Zoom);
