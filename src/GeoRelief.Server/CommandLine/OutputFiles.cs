using System.Text;

namespace GeoRelief.Server.CommandLine;

/// <summary>How the command line writes the files --out names.</summary>
internal static class OutputFiles
{
    /// <summary>
    /// UTF-8; a CSV file begins with a byte-order mark so that Excel and WPS read its Chinese names instead of mojibake
    /// (as the API's CSV exports do), any other format without one (RFC 8259 forbids it in JSON). Standard output never
    /// gets one: it is for pipes.
    /// </summary>
    public static Encoding Encoding(string format) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv");
}
