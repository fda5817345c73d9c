using GeoRelief.Core.Admin;

namespace GeoRelief.Data.AdminUnits;

/// <summary>What to list: a level, a unit to look within, and a page.</summary>
public sealed record AdminUnitQuery(AdminLevel? Level, AdminCode? Within, int Limit, int Offset);
