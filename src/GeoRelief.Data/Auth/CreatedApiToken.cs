namespace GeoRelief.Data.Auth;

/// <summary>A new token and its full text (<c>grt_&lt;id&gt;_&lt;secret&gt;</c>), which exists only here: show it once.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Text);
