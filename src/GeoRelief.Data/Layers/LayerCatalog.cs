using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Data.Layers;

/// <summary>
/// Every layer of planning data, once: the one place that says which tables and columns exist, what each
/// attribute means, what values it may take and which headers in planners' files map to it
/// (docs/layers.md is this catalogue in prose). The database's CHECK constraints mirror the allowed values;
/// a test keeps the two in step.
/// </summary>
public static class LayerCatalog
{
    private static readonly LayerField Id = new("id", FieldType.Text, "Identifier, unique within the layer; re-importing a row with the same id updates it.", Required: true, Aliases: ["编号", "编码", "代码", "fid", "identifier", "自然村编号", "安置点编号", "道路编号", "路线编码", "设施编号", "基地编号"]);
    private static readonly LayerField Name = new("name", FieldType.Text, "Name (Chinese).", Required: true, Aliases: ["名称", "名字", "村名", "站点名称", "title"]);
    private static readonly LayerField DeclaredVillageCode = new("declared_village_code", FieldType.Text, "12-digit code of the administrative village the source file says the feature belongs to (compared with its location).", Aliases: ["village_code", "行政村代码", "村代码", "所属行政村代码", "区划代码", "admin_code"]);
    private static readonly LayerField VillageCode = new("village_code", FieldType.Text, "12-digit code of the administrative village the feature lies in (set from its location).", Located: true);
    private static readonly LayerField TownshipCode = new("township_code", FieldType.Text, "9-digit code of the township the feature lies in (set from its location).", Located: true);

    /// <summary>Administrative units: province, prefecture, county, township, village.</summary>
    public static LayerDefinition AdminUnits { get; } = new(
        "admin-units", "admin_unit", ["code"], "MultiPolygon", "行政区划", "Administrative units",
        [
            new("code", FieldType.Text, "NBS statistical division code: 2, 4, 6, 9 or 12 digits.", Required: true, Aliases: ["区划代码", "统计用区划代码", "行政区划代码", "admin_code"]),
            new("level", FieldType.WholeNumber, "1 province, 2 prefecture, 3 county, 4 township, 5 village.", Required: true, Minimum: 1, Maximum: 5, Aliases: ["级别", "层级"]),
            new("parent_code", FieldType.Text, "Code of the unit it belongs to.", Aliases: ["上级代码", "上级区划代码", "parent"]),
            new("name", FieldType.Text, "Name (Chinese).", Required: true, Aliases: ["名称", "区划名称"]),
            new("urban_rural_code", FieldType.WholeNumber, "城乡分类代码: 111–123 urban, 210 township centre, 220 village.", AllowedValues: ["111", "112", "121", "122", "123", "210", "220"], Aliases: ["城乡分类代码", "城乡分类"]),
            new("code_year", FieldType.WholeNumber, "Year of the code edition (reference date 30 June).", Required: true, Minimum: 1980, Maximum: 2100, Aliases: ["代码年份", "年份"]),
        ]) { GeometryOptional = true };

    /// <summary>Natural villages (自然村, 组): the smallest unit GeoRelief keeps, with counts.</summary>
    public static LayerDefinition NaturalVillages { get; } = new(
        "natural-villages", "natural_village", ["id"], "Point", "自然村", "Natural villages",
        [
            Id, Name, DeclaredVillageCode,
            new("households", FieldType.WholeNumber, "Registered households.", Required: true, Minimum: 0, Aliases: ["户数", "总户数", "hh"]),
            new("population", FieldType.WholeNumber, "Registered population (persons).", Required: true, Minimum: 0, Aliases: ["人口", "总人口", "户籍人口", "人数", "pop"]),
            VillageCode, TownshipCode,
        ]);

    /// <summary>Yearly figures of a natural village.</summary>
    public static LayerDefinition VillageYears { get; } = new(
        "village-years", "village_year", ["natural_village_id", "year"], null, "自然村年度数据", "Natural-village yearly figures",
        [
            new("natural_village_id", FieldType.Text, "Id of the natural village.", Required: true, Aliases: ["自然村编号", "村编号", "village_id", "id"]),
            new("year", FieldType.WholeNumber, "Year of the figures.", Required: true, Minimum: 2000, Maximum: 2100, Aliases: ["年份", "年度"]),
            new("registered_population", FieldType.WholeNumber, "Registered rural population that year.", Required: true, Minimum: 0, Aliases: ["户籍人口", "人口", "总人口", "population"]),
            new("poor_households", FieldType.WholeNumber, "Registered poor households (建档立卡贫困户).", Required: true, Minimum: 0, Aliases: ["贫困户数", "贫困户"]),
            new("poor_population", FieldType.WholeNumber, "Registered poor population; at most the registered population.", Required: true, Minimum: 0, AtMost: "registered_population", Aliases: ["贫困人口", "贫困人数", "poor"]),
            new("exited_households", FieldType.WholeNumber, "Households that exited poverty that year.", Minimum: 0, Aliases: ["脱贫户数", "退出户数"]),
            new("monitored_households", FieldType.WholeNumber, "Households under relapse monitoring (防止返贫监测).", Minimum: 0, Aliases: ["监测户数", "监测对象户数"]),
        ]);

    /// <summary>Roads, by class, surface and status.</summary>
    public static LayerDefinition Roads { get; } = new(
        "roads", "road", ["id"], "LineString", "道路", "Roads",
        [
            Id,
            new("name", FieldType.Text, "Name or number of the road.", Aliases: ["名称", "路名", "道路名称"]),
            new("class", FieldType.Text, "Administrative class.", Required: true, AllowedValues: Codes<RoadClass>(), Aliases: ["等级", "道路等级", "技术等级", "road_class"]),
            new("surface", FieldType.Text, "Surface; asphalt, concrete and paved count as hardened.", Required: true, AllowedValues: Codes<RoadSurface>(), Aliases: ["路面", "路面类型", "路面材料"]),
            new("status", FieldType.Text, "Existing, under construction or planned.", Required: true, AllowedValues: Codes<RoadStatus>(), Aliases: ["状态", "建设状态"]),
            new("year_built", FieldType.WholeNumber, "Year completed (or planned).", Minimum: 1900, Maximum: 2100, Aliases: ["建成年份", "年份", "year"]),
        ])
    {
        Time = LayerTime.Year("year_built"),
    };

    /// <summary>Township seats, schools, clinics and markets: destinations for access analysis.</summary>
    public static LayerDefinition Facilities { get; } = new(
        "facilities", "facility", ["id"], "Point", "公共服务设施", "Facilities",
        [
            Id, Name,
            new("kind", FieldType.Text, "What the facility is.", Required: true, AllowedValues: Codes<FacilityKind>(), Aliases: ["类型", "设施类型", "type"]),
            VillageCode, TownshipCode,
        ]);

    /// <summary>Relocation sites (易地扶贫搬迁安置点).</summary>
    public static LayerDefinition RelocationSites { get; } = new(
        "relocation-sites", "relocation_site", ["id"], "Point", "易地扶贫搬迁安置点", "Relocation sites",
        [
            Id, Name,
            new("kind", FieldType.Text, "Concentrated (集中) or dispersed (分散) resettlement.", Required: true, AllowedValues: Codes<RelocationSiteKind>(), Aliases: ["安置方式", "类型", "type"]),
            new("status", FieldType.Text, "Stage of the site.", Required: true, AllowedValues: Codes<RelocationSiteStatus>(), Aliases: ["状态", "建设状态"]),
            new("planned_households", FieldType.WholeNumber, "Households planned to move in.", Required: true, Minimum: 0, Aliases: ["计划户数", "规划户数", "计划搬迁户数"]),
            new("planned_persons", FieldType.WholeNumber, "Persons planned to move in.", Required: true, Minimum: 0, Aliases: ["计划人数", "规划人数", "计划搬迁人数"]),
            new("moved_in_households", FieldType.WholeNumber, "Households moved in; at most the planned households.", Minimum: 0, AtMost: "planned_households", Aliases: ["入住户数", "已搬迁户数", "搬迁入住户数"]),
            new("moved_in_persons", FieldType.WholeNumber, "Persons moved in; at most the planned persons.", Minimum: 0, AtMost: "planned_persons", Aliases: ["入住人数", "已搬迁人数", "搬迁入住人数"]),
            new("progress_pct", FieldType.Number, "Construction progress of the main works, percent.", Minimum: 0, Maximum: 100, Aliases: ["工程进度", "进度", "主体工程进度", "progress"]),
            new("start_date", FieldType.Date, "Construction start (yyyy-mm-dd).", Aliases: ["开工日期", "开工时间"]),
            new("planned_completion_date", FieldType.Date, "Planned completion (yyyy-mm-dd).", Aliases: ["计划竣工日期", "竣工日期", "计划完工日期"]),
            new("facilities", FieldType.TextArray, "Facilities at the site, separated by ';' in CSV.", Aliases: ["配套设施"]),
            DeclaredVillageCode, VillageCode, TownshipCode,
        ])
    {
        Time = LayerTime.Dates("start_date", "planned_completion_date"),
    };

    /// <summary>Which natural villages move to which relocation site.</summary>
    public static LayerDefinition RelocationSources { get; } = new(
        "relocation-sources", "relocation_source", ["site_id", "natural_village_id"], null, "搬迁来源", "Relocation sources",
        [
            new("site_id", FieldType.Text, "Id of the relocation site.", Required: true, Aliases: ["安置点编号", "安置点"]),
            new("natural_village_id", FieldType.Text, "Id of the natural village that moves.", Required: true, Aliases: ["自然村编号", "迁出村编号"]),
            new("planned_households", FieldType.WholeNumber, "Households planned to move from that village to that site.", Required: true, Minimum: 0, Aliases: ["计划户数", "搬迁户数"]),
        ]);

    /// <summary>Industrial bases, poverty-relief workshops and enclave bases.</summary>
    public static LayerDefinition IndustrialBases { get; } = new(
        "industrial-bases", "industrial_base", ["id"], "Point", "产业基地", "Industrial bases",
        [
            Id, Name,
            new("kind", FieldType.Text, "Planting, breeding, processing, workshop (扶贫车间), enclave (飞地), tourism, ecommerce.", Required: true, AllowedValues: Codes<IndustrialBaseKind>(), Aliases: ["类型", "产业类型", "type"]),
            new("jobs", FieldType.WholeNumber, "Jobs offered.", Minimum: 0, Aliases: ["就业岗位", "岗位数", "用工人数"]),
            new("poor_employed", FieldType.WholeNumber, "Poor people employed; at most the jobs.", Minimum: 0, AtMost: "jobs", Aliases: ["带动贫困人口就业", "贫困人口就业数", "吸纳贫困人口"]),
            new("dividend_households", FieldType.WholeNumber, "Households receiving dividends.", Minimum: 0, Aliases: ["分红户数", "受益户数"]),
            new("investment_wan_yuan", FieldType.Number, "Investment, 10,000 yuan (万元).", Minimum: 0, Aliases: ["投资", "投资额", "总投资", "investment"]),
            new("beneficiary_codes", FieldType.TextArray, "Codes of the units whose households benefit (';' in CSV).", Aliases: ["受益村", "受益单位代码"]),
            VillageCode, TownshipCode,
        ]);

    /// <summary>Zones where nothing may be built: red lines, farmland, hazards, floods, reserves, water sources.</summary>
    public static LayerDefinition ConstraintZones { get; } = new(
        "constraint-zones", "constraint_zone", ["id"], "MultiPolygon", "限制区", "Constraint zones",
        [
            Id, Name,
            new("kind", FieldType.Text, "What constrains building there.", Required: true, AllowedValues: Codes<ConstraintZoneKind>(), Aliases: ["类型", "限制类型", "type"]),
            new("risk_level", FieldType.Text, "Geohazard risk level.", AllowedValues: Codes<GeohazardRisk>(), Aliases: ["风险等级", "危险等级", "risk"]),
        ]);

    /// <summary>Every layer, in the order the API lists them.</summary>
    public static IReadOnlyList<LayerDefinition> All { get; } =
        [AdminUnits, NaturalVillages, VillageYears, Roads, Facilities, RelocationSites, RelocationSources, IndustrialBases, ConstraintZones];

    /// <summary>The layer with this URL name, if any.</summary>
    public static LayerDefinition? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));

    /// <summary>The names, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(l => l.Name));

    private static string[] Codes<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(SampleVocabulary.Code)];
}
