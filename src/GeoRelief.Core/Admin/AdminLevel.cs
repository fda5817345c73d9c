namespace GeoRelief.Core.Admin;

/// <summary>The five levels of the NBS statistical division code, numbered as they are stored.</summary>
public enum AdminLevel
{
    Province = 1,
    Prefecture = 2,
    County = 3,
    Township = 4,
    Village = 5,
}
