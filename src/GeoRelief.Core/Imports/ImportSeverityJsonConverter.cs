using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoRelief.Core.Imports;

/// <summary>Writes <see cref="ImportSeverity"/> as error or warning.</summary>
public sealed class ImportSeverityJsonConverter() : JsonStringEnumConverter<ImportSeverity>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
