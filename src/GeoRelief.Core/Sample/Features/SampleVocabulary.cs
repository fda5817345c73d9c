using System.Text;

namespace GeoRelief.Core.Sample.Features;

/// <summary>The text codes the storage model uses for the sample's enumerations (e.g. <c>under_construction</c>).</summary>
public static class SampleVocabulary
{
    /// <summary>The snake_case code of an enumeration value, as the database CHECK constraints spell it.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
