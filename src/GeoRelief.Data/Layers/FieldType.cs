namespace GeoRelief.Data.Layers;

/// <summary>The value type of a layer's attribute, as stored and as validated on input.</summary>
public enum FieldType
{
    Text,
    WholeNumber,
    Number,
    Date,
    TextArray,
}
