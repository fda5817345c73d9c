using System.Text;

namespace GeoRelief.Data.Imports;

/// <summary>The text encodings of imported files: UTF-8 (with or without BOM), GBK and GB18030, all strict.</summary>
public static class ImportEncodings
{
    /// <summary>What --encoding accepts.</summary>
    public const string Supported = "utf-8, gbk or gb18030";

    static ImportEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The strict encoding (invalid bytes throw) named <paramref name="name"/>, or null when it is not one of <see cref="Supported"/>.</summary>
    public static Encoding? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Canonical(name) switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            "gbk" => Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            "gb18030" => Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            _ => null,
        };
    }

    /// <summary>The canonical name (utf-8, gbk, gb18030) of an accepted spelling, or null.</summary>
    public static string? Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal) switch
        {
            "utf-8" or "utf8" => "utf-8",
            "gbk" or "cp936" or "936" or "gb2312" => "gbk",
            "gb18030" => "gb18030",
            _ => null,
        };
    }
}
