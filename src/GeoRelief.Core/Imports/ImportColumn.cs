namespace GeoRelief.Core.Imports;

/// <summary>One input column and what it maps to.</summary>
/// <param name="Header">The header as written in the file.</param>
/// <param name="FieldIndex">Index into the layer's rules when <see cref="Role"/> is <see cref="ImportColumnRole.Field"/>, else -1.</param>
public sealed record ImportColumn(string Header, ImportColumnRole Role, int FieldIndex);
