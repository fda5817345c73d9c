namespace GeoRelief.Core.Imports;

/// <summary>How an imported value is read from text.</summary>
public enum ImportValueKind
{
    /// <summary>Kept as given (trimmed).</summary>
    Text,

    /// <summary>An integer; "1,234" and "12.0" are accepted.</summary>
    WholeNumber,

    /// <summary>A decimal number, '.' as separator.</summary>
    Number,

    /// <summary>A date: yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd or yyyy年m月d日.</summary>
    Date,

    /// <summary>A list separated by ';' (also '；', '、' or '|').</summary>
    TextList,
}
