namespace GeoRelief.Core.Sample.Features;

/// <summary>Hard constraints of relocation siting.</summary>
public enum ConstraintZoneKind
{
    EcologicalRedLine,
    BasicFarmland,
    Geohazard,
    FloodZone,
    NatureReserve,
    WaterSource,
}
