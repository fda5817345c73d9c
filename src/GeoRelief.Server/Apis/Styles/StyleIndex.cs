namespace GeoRelief.Server.Apis.Styles;

/// <summary>What <c>GET /styles</c> lists: every map theme with its style and legend.</summary>
/// <param name="Themes">The themes of <see cref="MapThemes"/>, in its order.</param>
public sealed record StyleIndex(IReadOnlyList<StyleIndexEntry> Themes);

/// <summary>One theme: its titles and the URLs of its MapLibre style and legend.</summary>
/// <param name="Name">The theme's name in the URLs.</param>
/// <param name="TitleZh">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Style">The MapLibre style (version 8).</param>
/// <param name="Legend">The legend.</param>
public sealed record StyleIndexEntry(string Name, string TitleZh, string TitleEn, string Style, string Legend);
