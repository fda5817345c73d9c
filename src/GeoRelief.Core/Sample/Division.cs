namespace GeoRelief.Core.Sample;

/// <summary>An official NBS statistical division (统计用区划代码): its code, level 1–5, parent and name.</summary>
/// <param name="Code">2, 4, 6, 9 or 12 digits for province, prefecture, county, township, village.</param>
public sealed record Division(string Code, int Level, string? ParentCode, string Name);
