using GeoRelief.Core.Analytics.Access;

namespace GeoRelief.Data.Tiles;

/// <summary>
/// Every vector-tile layer GeoRelief serves, with its documented fields: the one registry that tiles, TileJSON and
/// (later) styles, legends and OGC API – Tiles read.
/// </summary>
public static class TileLayerCatalog
{
    /// <summary>Zooms the layers are served at; map clients draw deeper zooms from the last tile (overzoom).</summary>
    public const int MaxZoom = 16;

    /// <summary>Points are clustered on a grid of this many cells along each side of a tile (16 screen pixels a cell).</summary>
    public const int ClusterCellsPerTile = 16;

    /// <summary>A natural village of at least this many households should be connected by a hardened road (组组通).</summary>
    public const int RoadCoverageMinHouseholds = RoadCoverageParameters.DefaultMinHouseholds;

    /// <summary>A natural village within this many metres of a hardened road counts as connected.</summary>
    public const double RoadCoverageDistanceMetres = RoadCoverageParameters.DefaultThresholdMetres;

    /// <summary>Jobs of industrial bases within this many metres (straight line) count as within reach.</summary>
    public const double JobReachMetres = TwoStepFloatingCatchmentParameters.DefaultJobCommuteMetres;

    /// <summary>road-coverage draws natural villages from this zoom; job-access too.</summary>
    public const int VillagesFromZoom = 10;

    /// <summary>road-coverage draws roads from this zoom (below, they are counted as thinned in <c>_meta</c>).</summary>
    public const int RoadsFromZoom = 9;

    /// <summary>relocation draws its source links from this zoom (below, they are counted as thinned in <c>_meta</c>).</summary>
    public const int RelocationLinksFromZoom = 7;

    private static readonly TileLayerField ClusterCount = new("cluster_count", "Number", "Points in the feature: 1 for a single point, more for a cluster (below the layer's clustering zoom).");
    private static readonly TileLayerField ExpandsAtZoom = new("expands_at_zoom", "Number", "Clusters only: the zoom by which the cluster's points certainly fall apart into separate features.");
    private static readonly TileLayerField VillageCode = new("village_code", "String", "Code of the administrative village the point lies in (single points only).");
    private static readonly TileLayerField TownshipCode = new("township_code", "String", "Code of the township the point lies in (single points only).");
    private static readonly TileLayerField Kind = new("kind", "String", "Which kind of feature this is (see the layer description).");

    /// <summary>Every layer, in the order of DESIGN.md.</summary>
    public static IReadOnlyList<TileLayerDefinition> All { get; } =
    [
        new("admin", "Administrative units",
            "Counties at z ≤ 7, townships at z 8–10, villages from z 11, on boundaries generalised per zoom band so that neighbours share their edges exactly.",
            TileGeometryKind.Polygon, 0, MaxZoom,
            [
                new("code", "String", "NBS statistical division code (统计用区划代码)."),
                new("name", "String", "Official name."),
                new("level", "Number", "3 county, 4 township, 5 village."),
                new("parent_code", "String", "Code of the unit one level up."),
            ],
            ["admin_unit"], []),
        new("natural-villages", "Natural villages",
            "自然村/组 with their 2018-register households and population; clustered below z 12.",
            TileGeometryKind.Point, 0, MaxZoom,
            [
                new("id", "String", "Natural village id (village code + local suffix); single points only."),
                new("name", "String", "Name; single points only."),
                VillageCode, TownshipCode,
                new("households", "Number", "Households (summed over a cluster)."),
                new("population", "Number", "Population (summed over a cluster)."),
                ClusterCount, ExpandsAtZoom,
            ],
            ["natural_village"], []) { ClusterBelowZoom = 12 },
        new("roads", "Roads",
            "Roads by class from their zoom of appearance: national and provincial from z 0, county z 7, township z 8, village z 10, group roads z 11.",
            TileGeometryKind.Line, 0, MaxZoom,
            [
                new("id", "String", "Road id."),
                new("name", "String", "Name, where it has one."),
                new("class", "String", "national, provincial, county, township, village or group."),
                new("surface", "String", "asphalt, concrete, paved, gravel or earth."),
                new("status", "String", "existing, under_construction or planned."),
                new("year_built", "Number", "Year the road was built."),
                new("hardened", "Boolean", "Asphalt, concrete or paved and existing."),
            ],
            ["road"], []) { ThinsByZoom = true },
        new("relocation-sites", "Relocation sites",
            "易地扶贫搬迁 sites with planned and moved-in households and persons and construction progress; clustered below z 8.",
            TileGeometryKind.Point, 0, MaxZoom,
            [
                new("id", "String", "Site id; single points only."),
                new("name", "String", "Name; single points only."),
                new("kind", "String", "concentrated or dispersed; single points only."),
                new("status", "String", "planned, under_construction, completed or moved_in; single points only."),
                new("progress_pct", "Number", "Construction progress, %; single points only."),
                VillageCode, TownshipCode,
                new("planned_households", "Number", "Households planned to move in (summed over a cluster)."),
                new("planned_persons", "Number", "Persons planned to move in (summed over a cluster)."),
                new("moved_in_households", "Number", "Households moved in (summed over a cluster)."),
                new("moved_in_persons", "Number", "Persons moved in (summed over a cluster)."),
                ClusterCount, ExpandsAtZoom,
            ],
            ["relocation_site"], []) { ClusterBelowZoom = 8 },
        new("industrial-bases", "Industrial bases",
            "Planting, breeding, processing, workshop (扶贫车间), enclave (飞地), tourism and e-commerce bases; clustered below z 9.",
            TileGeometryKind.Point, 0, MaxZoom,
            [
                new("id", "String", "Base id; single points only."),
                new("name", "String", "Name; single points only."),
                new("kind", "String", "planting, breeding, processing, workshop, enclave, tourism or ecommerce; single points only."),
                VillageCode, TownshipCode,
                new("jobs", "Number", "Jobs (summed over a cluster)."),
                new("poor_employed", "Number", "Poor people employed (summed over a cluster)."),
                new("dividend_households", "Number", "Households receiving dividends (summed over a cluster)."),
                ClusterCount, ExpandsAtZoom,
            ],
            ["industrial_base"], []) { ClusterBelowZoom = 9 },
        new("facilities", "Facilities",
            "Township seats, schools, clinics and markets; clustered below z 11.",
            TileGeometryKind.Point, 0, MaxZoom,
            [
                new("id", "String", "Facility id; single points only."),
                new("name", "String", "Name; single points only."),
                new("kind", "String", "township_seat, school, clinic or market; single points only."),
                VillageCode, TownshipCode, ClusterCount, ExpandsAtZoom,
            ],
            ["facility"], []) { ClusterBelowZoom = 11 },
        new("constraint-zones", "Constraint zones",
            "Ecological red lines, basic farmland, geohazards, flood zones, nature reserves and water-source zones.",
            TileGeometryKind.Polygon, 0, MaxZoom,
            [
                new("id", "String", "Zone id."),
                new("name", "String", "Name."),
                new("kind", "String", "ecological_red_line, basic_farmland, geohazard, flood_zone, nature_reserve or water_source."),
                new("risk_level", "String", "Geohazards: low, medium or high."),
            ],
            ["constraint_zone"], []),
        new("poverty-density", "Poverty density",
            "Townships at z ≤ 10, villages from z 11, with the year's poverty figures and their class. Query parameters: year (default the latest with figures), indicator density|incidence (default density), method jenks|quantile|equal|headtail (default jenks), k 3–9 (default 5); the breaks are computed over every unit of the level.",
            TileGeometryKind.Polygon, 0, MaxZoom,
            [
                new("code", "String", "NBS code of the township or village."),
                new("name", "String", "Official name."),
                new("poor_population", "Number", "Poor population of the year, summed over the unit's natural villages."),
                new("population", "Number", "Registered rural population of the year."),
                new("incidence_pct", "Number", "Poverty incidence = 100 · poor / registered population, % (absent without population)."),
                new("density_per_km2", "Number", "Poor people per km² of the unit's ellipsoidal area."),
                new("class", "Number", "0-based class of the chosen indicator among the breaks (absent when the unit has no value)."),
                new("year", "Number", "Year of the figures."),
            ],
            ["admin_unit"], ["natural_village", "village_year"]) { IsThematic = true },
        new("road-coverage", "Road coverage (组组通)",
            "kind=township at every zoom: eligible_villages (natural villages of ≥ 30 households), connected_villages (within 500 m of a hardened road) and coverage_pct; kind=natural_village from z 10 with households, eligible, connected; kind=road from z 9 (counted as thinned below) with hardened.",
            TileGeometryKind.Mixed, 0, MaxZoom,
            [
                Kind,
                new("code", "String", "township: NBS code."),
                new("name", "String", "township and natural_village: name."),
                new("eligible_villages", "Number", "township: natural villages of at least 30 households."),
                new("connected_villages", "Number", "township: eligible natural villages within 500 m of a hardened road."),
                new("coverage_pct", "Number", "township: 100 · connected / eligible, % (absent without eligible villages)."),
                new("id", "String", "natural_village and road: id."),
                new("township_code", "String", "natural_village: its township."),
                new("households", "Number", "natural_village: households."),
                new("eligible", "Boolean", "natural_village: at least 30 households."),
                new("connected", "Boolean", "natural_village: within 500 m (straight line) of a hardened road."),
                new("class", "String", "road: class."),
                new("surface", "String", "road: surface."),
                new("status", "String", "road: status."),
                new("hardened", "Boolean", "road: asphalt, concrete or paved and existing."),
            ],
            ["admin_unit", "natural_village", "road"], ["natural_village", "road"]) { IsThematic = true, ThinsByZoom = true },
        new("relocation", "Relocation progress",
            "kind=site: each relocation site with planned and moved-in figures and progress; kind=source_link (from z 7; counted as thinned below): a line from each source natural village to its site.",
            TileGeometryKind.Mixed, 0, MaxZoom,
            [
                Kind,
                new("site_id", "String", "The site (both kinds)."),
                new("name", "String", "site: name."),
                new("status", "String", "site: planned, under_construction, completed or moved_in."),
                new("planned_households", "Number", "site: households planned; source_link: households planned to move from the village."),
                new("planned_persons", "Number", "site: persons planned."),
                new("moved_in_households", "Number", "site: households moved in."),
                new("moved_in_persons", "Number", "site: persons moved in."),
                new("progress_pct", "Number", "site: construction progress, %."),
                new("moved_in_pct", "Number", "site: 100 · moved-in / planned households, %."),
                new("natural_village_id", "String", "source_link: the source natural village."),
            ],
            ["relocation_site", "relocation_source", "natural_village"], []) { IsThematic = true, ThinsByZoom = true },
        new("job-access", "Job access",
            "kind=industrial_base at every zoom with its jobs; kind=natural_village from z 10 with the jobs of all bases within 10 km in a straight line (a simple proxy; the network 2SFCA is in the analytics API).",
            TileGeometryKind.Point, 0, MaxZoom,
            [
                Kind,
                new("id", "String", "Base or natural village id."),
                new("name", "String", "Name."),
                new("base_kind", "String", "industrial_base: planting, breeding, processing, workshop, enclave, tourism or ecommerce."),
                new("jobs", "Number", "industrial_base: jobs."),
                new("poor_employed", "Number", "industrial_base: poor people employed."),
                new("jobs_within_reach", "Number", "natural_village: jobs of the bases within 10 km."),
                new("bases_within_reach", "Number", "natural_village: bases within 10 km."),
            ],
            ["industrial_base", "natural_village"], ["industrial_base"]) { IsThematic = true },
    ];

    /// <summary>The layer names, comma-separated, for error messages.</summary>
    public static string Names => string.Join(", ", All.Select(l => l.Name));

    /// <summary>The layer called <paramref name="name"/> (exact, lower case), or null.</summary>
    public static TileLayerDefinition? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));
}
