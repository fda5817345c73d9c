namespace GeoRelief.Core.Sample.Features;

/// <summary>集中安置 (a new community) or 分散安置 (houses spread in host villages).</summary>
public enum RelocationSiteKind
{
    Concentrated,
    Dispersed,
}
