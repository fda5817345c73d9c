namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Composes plausible local names: Dong/Miao hamlets of south-east Guizhou (上寨组, 岑梧组) and the
/// 屯 of the north-east (前兴隆屯). Made-up names, not places.
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] SouthFirst =
    [
        "上", "下", "中", "高", "平", "坪", "岑", "培", "美", "归", "俾", "文", "乌", "者", "皎", "塘", "瑶",
        "彦", "偶", "黄", "新", "老", "大", "小", "九", "加", "宰", "党", "孟", "边", "腊", "扒", "亚", "启",
    ];

    private static readonly string[] SouthSecond =
    [
        "寨", "梧", "坡", "冲", "垴", "坳", "坝", "溪", "湾", "岭", "洞", "塘", "田", "头", "脚", "角", "坎",
        "朗", "榜", "里", "楼", "山", "屯", "岑", "培", "坪",
    ];

    private static readonly string[] NorthPrefix = ["前", "后", "东", "西", "南", "北", "新", "老", "大", "小", "上", "下"];

    private static readonly string[] NorthStem =
    [
        "兴隆", "永丰", "太平", "双合", "胜利", "长发", "福顺", "德胜", "巴彦", "乌兰", "白音", "哈拉", "宝力", "富裕",
        "五家", "三合", "四合", "六合", "靠山", "河南", "河北", "榆树", "柳条", "杏树", "团结", "红光", "光明", "永安",
    ];

    /// <summary>A natural-village name not yet in <paramref name="taken"/> (names repeat across villages, as they do on the ground).</summary>
    public static string NaturalVillage(bool southern, SampleRandom random, ISet<string> taken)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var name = Compose(southern, random);
            if (taken.Add(name))
            {
                return name;
            }
        }

        // A village with more hamlets than the syllables can tell apart numbers the rest.
        var numbered = $"{Compose(southern, random)}{taken.Count}";
        taken.Add(numbered);
        return numbered;
    }

    private static string Compose(bool southern, SampleRandom random) => southern
        ? random.Pick(SouthFirst) + random.Pick(SouthSecond) + "组"
        : (random.Chance(0.5) ? random.Pick(NorthPrefix) : string.Empty) + random.Pick(NorthStem) + "屯";
}
