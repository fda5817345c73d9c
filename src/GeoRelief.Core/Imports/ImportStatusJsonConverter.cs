using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoRelief.Core.Imports;

/// <summary>Writes <see cref="ImportStatus"/> as committed, rejected or dry_run, the names the batch table and the CLI use.</summary>
public sealed class ImportStatusJsonConverter() : JsonStringEnumConverter<ImportStatus>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
