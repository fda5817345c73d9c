using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Imports;

/// <summary>One import: the file, the layer, and the options of <c>georelief import</c> / <c>POST /api/v1/imports</c>.</summary>
/// <param name="Path">Where the file is on disk.</param>
/// <param name="FileName">The file's name as the user gave it (its extension chooses the format).</param>
/// <param name="Crs">The coordinate system of the input (EPSG code, GCJ-02, BD-09, WKT); null: the file's own (.prj, GeoPackage, GeoJSON "crs") or EPSG:4490.</param>
/// <param name="DryRun">Check and report only.</param>
/// <param name="SkipInvalid">Import the valid rows and quarantine the others, instead of rejecting the whole file.</param>
/// <param name="MakeValid">Repair invalid geometries with ST_MakeValid (the report says what changed) instead of rejecting them.</param>
/// <param name="Encoding">utf-8, gbk or gb18030 for CSV and Shapefile attributes; null: UTF-8 (with or without BOM), or the Shapefile's .cpg.</param>
/// <param name="Within">The NBS code of the unit the requester's token is scoped to: every row written must lie within it, or
/// nothing is (<see cref="ImportScopeException"/>); null: anywhere.</param>
/// <param name="Sheet">For an Excel workbook, the name of the worksheet to import; null: the first visible one whose
/// header names the layer's columns.</param>
public sealed record ImportRequest(
    string Path,
    string FileName,
    LayerDefinition Layer,
    string? Crs = null,
    bool DryRun = false,
    bool SkipInvalid = false,
    bool MakeValid = false,
    string? Encoding = null,
    string? Within = null,
    string? Sheet = null);
