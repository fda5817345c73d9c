namespace GeoRelief.Core.Sample.Boundaries;

/// <summary>
/// Urban–rural codes (城乡分类代码) the sample gives to villages, read from the NBS village digits
/// (DOMAIN.md): 001–199 residents' committees (社区, 居委会), 200–399 village committees (村委会, 嘎查),
/// 400–599 living quarters of farms, forest farms and similar units.
/// </summary>
public static class UrbanRuralCodes
{
    /// <summary>121 镇中心区: residents' committee of a town (镇).</summary>
    public const int TownCentre = 121;

    /// <summary>123 特殊区域: farm, forest-farm and prison living quarters.</summary>
    public const int SpecialArea = 123;

    /// <summary>210 乡中心区: residents' committee of a township (乡, 苏木).</summary>
    public const int TownshipCentre = 210;

    /// <summary>220 村庄: village committee.</summary>
    public const int Village = 220;

    /// <summary>The code of a village (12-digit <paramref name="villageCode"/>) in the township named <paramref name="townshipName"/>.</summary>
    /// <remarks>
    /// The digits decide rather than the name, because names are not uniform (社区, 社区居委会,
    /// 社区居民委员会, 社区居民委会 all occur). A residents' committee under a unit that is neither 镇
    /// nor 乡/苏木 (a farm or a prison administration, township digits 400–599) is a special area.
    /// </remarks>
    public static int ForVillage(string villageCode, string townshipName)
    {
        ArgumentNullException.ThrowIfNull(villageCode);
        ArgumentNullException.ThrowIfNull(townshipName);
        if (IsResidentsCommittee(villageCode))
        {
            if (townshipName.EndsWith('镇'))
            {
                return TownCentre;
            }

            return townshipName.EndsWith('乡') || townshipName.EndsWith("苏木", StringComparison.Ordinal) ? TownshipCentre : SpecialArea;
        }

        return IsVillageCommittee(villageCode) ? Village : SpecialArea;
    }

    /// <summary>Village digits 001–199.</summary>
    public static bool IsResidentsCommittee(string villageCode) => VillageDigits(villageCode) < 200;

    /// <summary>Village digits 200–399.</summary>
    public static bool IsVillageCommittee(string villageCode) => VillageDigits(villageCode) is >= 200 and < 400;

    private static int VillageDigits(string villageCode)
    {
        ArgumentNullException.ThrowIfNull(villageCode);
        if (villageCode.Length != 12 || !villageCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{villageCode}' is not a 12-digit village code.", nameof(villageCode));
        }

        return ((villageCode[9] - '0') * 100) + ((villageCode[10] - '0') * 10) + (villageCode[11] - '0');
    }
}
