namespace GeoRelief.Core.Sample.Features;

/// <summary>Kinds of 产业基地; a workshop is a 扶贫车间, an enclave a 飞地 base built in one township for another's households.</summary>
public enum IndustrialBaseKind
{
    Planting,
    Breeding,
    Processing,
    Workshop,
    Enclave,
    Tourism,
    Ecommerce,
}
