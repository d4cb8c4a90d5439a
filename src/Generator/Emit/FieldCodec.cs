using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Model;
using ContentGen.Payload;

namespace ContentGen.Emit;

/// <summary>
/// How each field type travels from the front matter to the run time, in one place: its C# type, how the metadata
/// payload writes a value, and which <c>TableReader</c> method of the run time (EmbeddedResources/ContentGenRuntime.cs)
/// reads it back. The writer and the generated reader of a collection are both loops over its fields through this
/// class, so they cannot disagree on the order or the encoding of a field.
/// </summary>
internal static class FieldCodec
{
    /// <summary>
    /// Per type of a single value: its C# type and the <c>TableReader</c> method that reads it (<c>Optional</c> + the name
    /// for an optional value, the name + <c>List</c> for a list). Enums and references are typed by the field.
    /// </summary>
    private static readonly Dictionary<FieldType, (string CSharpType, string Reader)> Types = new()
    {
        [FieldType.String] = ("string", "Text"),
        [FieldType.Text] = ("string", "Text"),
        [FieldType.Doi] = ("string", "Text"),
        [FieldType.Arxiv] = ("string", "Text"),
        [FieldType.Email] = ("string", "Text"),
        [FieldType.Url] = ("global::System.Uri", "Url"),
        [FieldType.Int] = ("int", "Int"),
        [FieldType.Year] = ("int", "Int"),
        [FieldType.Decimal] = ("decimal", "Decimal"),
        [FieldType.Bool] = ("bool", "Bool"),
        [FieldType.Date] = ("global::System.DateOnly", "Date"),
        [FieldType.DateTime] = ("global::System.DateTimeOffset", "DateTime"),
    };

    /// <summary>The C# type of one value of the field (not a list; for a reference, the target's record).</summary>
    public static string ValueType(FieldSpec field, string ns, string? refTypeName)
        => field.Type switch
        {
            FieldType.Enum => "global::" + ns + "." + field.EnumName,
            FieldType.Ref => "global::" + ns + "." + refTypeName,
            _ => Types[field.Type].CSharpType,
        };

    /// <summary>The C# type of the record's property.</summary>
    public static string PropertyType(FieldSpec field, string ns, string? refTypeName)
    {
        var value = ValueType(field, ns, refTypeName);
        return field.IsList ? "global::System.Collections.Generic.IReadOnlyList<" + value + ">"
            : field.IsNullable ? value + "?"
            : value;
    }

    /// <summary>The type the record keeps the field in: a reference is kept as the target's slot(s), never as a record, so nothing recurses through it.</summary>
    public static string StorageType(FieldSpec field, string ns, string? refTypeName)
        => field.Type != FieldType.Ref ? PropertyType(field, ns, refTypeName)
            : field.IsList ? "int[]"
            : "int";

    /// <summary>The run-time expression that reads the field from <paramref name="reader"/>, as <see cref="StorageType"/>.</summary>
    public static string ReadExpression(FieldSpec field, string ns, string reader)
    {
        if (field.Type == FieldType.Enum)
        {
            var enumType = "global::" + ns + "." + field.EnumName;
            return field.IsList ? "global::System.Array.AsReadOnly(global::System.Array.ConvertAll(" + reader + ".Members(), static m => (" + enumType + ")m))"
                : field.IsNullable ? "(" + enumType + "?)" + reader + ".OptionalMember()"
                : "(" + enumType + ")" + reader + ".Member()";
        }

        if (field.Type == FieldType.Ref)
        {
            return reader + "." + (field.IsList ? "Slots" : field.IsNullable ? "OptionalSlot" : "Slot") + "()";
        }

        var name = Types[field.Type].Reader;
        return reader + "." + (field.IsList ? name + "List" : field.IsNullable ? "Optional" + name : name) + "()";
    }

    /// <summary>Writes the field's value of one document, as <see cref="ReadExpression"/> reads it back.</summary>
    /// <param name="writer">The table.</param>
    /// <param name="field">The field.</param>
    /// <param name="value">Its value (null when absent: only an optional field or a list can be).</param>
    /// <param name="stringIndex">The index of a string in the table's strings.</param>
    /// <param name="slotOf">The slot of a referenced document, by slug.</param>
    public static void Write(PayloadWriter writer, FieldSpec field, FieldValue? value, Func<string, int> stringIndex, Func<string, int> slotOf)
    {
        if (field.IsList)
        {
            var items = value?.Items ?? EquatableArray<string>.Empty;
            writer.WriteInt(items.Count);
            foreach (var item in items)
            {
                WriteOne(writer, field, item, stringIndex, slotOf);
            }

            return;
        }

        if (field.IsNullable)
        {
            writer.WriteBool(value?.Text is not null);
            if (value?.Text is null)
            {
                return;
            }
        }

        WriteOne(writer, field, value?.Text ?? throw new InvalidOperationException("The required field '" + field.Key + "' has no value."), stringIndex, slotOf);
    }

    /// <summary>The C# expression that prints a (non-list, non-reference) value for <c>PrintMembers</c>, invariantly.</summary>
    public static string PrintExpression(FieldSpec field, string property)
        => field.Type switch
        {
            FieldType.Date => property + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
            FieldType.DateTime => property + ".ToString(\"o\", global::System.Globalization.CultureInfo.InvariantCulture)",
            FieldType.Int or FieldType.Year or FieldType.Decimal => property + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            _ => property,
        };

    private static void WriteOne(PayloadWriter writer, FieldSpec field, string text, Func<string, int> stringIndex, Func<string, int> slotOf)
    {
        switch (field.Type)
        {
            case FieldType.String:
            case FieldType.Text:
            case FieldType.Doi:
            case FieldType.Arxiv:
            case FieldType.Email:
            case FieldType.Url:
                writer.WriteInt(stringIndex(text));
                break;
            case FieldType.Int:
            case FieldType.Year:
                writer.WriteSignedInt(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case FieldType.Decimal:
                foreach (var part in decimal.GetBits(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)))
                {
                    writer.WriteSignedInt(part);
                }

                break;
            case FieldType.Bool:
                writer.WriteBool(text == "true");
                break;
            case FieldType.Date:
                var date = DateValue.Parse(text);
                writer.WriteInt(date.Year);
                writer.WriteInt(date.Month);
                writer.WriteInt(date.Day);
                break;
            case FieldType.DateTime:
                var moment = DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None);
                writer.WriteLong(moment.Ticks);
                writer.WriteSignedInt((int)moment.Offset.TotalMinutes);
                break;
            case FieldType.Enum:
                var member = -1;
                for (var i = 0; i < field.Values.Count; i++)
                {
                    if (field.Values[i] == text)
                    {
                        member = i;
                    }
                }

                writer.WriteInt(member >= 0 ? member : throw new InvalidOperationException("'" + text + "' is not a value of '" + field.Key + "'."));
                break;
            case FieldType.Ref:
                writer.WriteInt(slotOf(text));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unknown field type.");
        }
    }
}
