namespace GeoRelief.Core.Siting.Allocation;

/// <summary>How full one site is after the allocation.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Capacity">Its capacity in households.</param>
/// <param name="Households">Households assigned.</param>
/// <param name="Villages">Natural villages assigned.</param>
/// <param name="Utilisation">Households / capacity (0 for a site of capacity 0).</param>
/// <param name="Used">Whether any village goes there.</param>
public sealed record SiteUtilisation(string SiteId, int Capacity, int Households, int Villages, double Utilisation, bool Used);
