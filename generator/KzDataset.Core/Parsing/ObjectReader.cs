using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Json;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Parsing;

/// <summary>
/// Reads the fields of one JSON object, reporting missing, unknown, repeated and ill-typed
/// fields as located diagnostics instead of throwing. Call <see cref="Finish"/> last.
/// </summary>
internal sealed class ObjectReader
{
    private readonly JsonObject _object;
    private readonly ParseContext _context;
    private readonly string _what;
    // Objects have a handful of fields: lists searched in place cost less than a dictionary and a
    // set per object (there are tens of thousands of objects in a large corpus).
    private readonly List<JsonProperty> _properties;
    private readonly List<string> _known = new() { "$schema" };

    public ObjectReader(JsonObject obj, ParseContext context, string what)
    {
        _object = obj;
        _context = context;
        _what = what;
        _properties = new List<JsonProperty>(obj.Properties.Count);
        foreach (var property in obj.Properties)
        {
            if (Find(property.Name) is not null)
            {
                context.Report(KzDiagnostics.DuplicateField,
                    context.Locate(property.NameStart, property.NameEnd), property.Name, what);
            }
            _properties.Add(property);
        }
    }

    // The last of repeated fields wins (the repetition is reported when the reader is made).
    private JsonProperty? Find(string name)
    {
        for (var i = _properties.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_properties[i].Name, name, StringComparison.Ordinal)) return _properties[i];
        }
        return null;
    }

    private void Know(string name)
    {
        if (!_known.Contains(name, StringComparer.Ordinal)) _known.Add(name);
    }

    public SourceLocation Location => _context.Locate(_object);

    public ParseContext Context => _context;

    public bool Has(string name)
    {
        Know(name);
        return Find(name) is not null;
    }

    /// <summary>The raw value of a field (null when absent), marking the field as known.</summary>
    public JsonValue? Value(string name, bool required = false)
    {
        Know(name);
        if (Find(name) is { } property) return property.Value;
        if (required) _context.Report(KzDiagnostics.MissingField, Location, name, _what);
        return null;
    }

    public SourceLocation LocationOf(string name)
        => Find(name) is { } property ? _context.Locate(property.Value) : Location;

    public string? String(string name, bool required = false)
    {
        var value = Value(name, required);
        switch (value)
        {
            case null:
            case JsonNull when !required:
                return null;
            case JsonString s:
                if (required && s.Value.Length == 0)
                {
                    _context.Report(KzDiagnostics.WrongType, _context.Locate(s), name, "a non-empty string", "an empty string");
                    return null;
                }
                return s.Value;
            default:
                WrongType(name, value, "a string");
                return null;
        }
    }

    public bool? Boolean(string name, bool required = false)
    {
        var value = Value(name, required);
        switch (value)
        {
            case null:
                return null;
            case JsonBoolean b:
                return b.Value;
            default:
                WrongType(name, value, "true or false");
                return null;
        }
    }

    public decimal? Decimal(string name)
    {
        var value = Value(name);
        switch (value)
        {
            case null:
            case JsonNull:
                return null;
            case JsonNumber n when decimal.TryParse(n.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                return d;
            case JsonNumber n:
                _context.Report(KzDiagnostics.InvalidNumber, _context.Locate(n), name, $"'{n.Raw}' is out of range");
                return null;
            default:
                WrongType(name, value, "a number");
                return null;
        }
    }

    public int? PositiveInteger(string name)
    {
        var value = Value(name);
        switch (value)
        {
            case null:
                return null;
            case JsonNumber n when int.TryParse(n.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 1:
                return i;
            case JsonNumber n:
                _context.Report(KzDiagnostics.InvalidNumber, _context.Locate(n), name, $"'{n.Raw}' must be a whole number from 1 up");
                return null;
            default:
                WrongType(name, value, "a whole number");
                return null;
        }
    }

    /// <summary>A value from a closed vocabulary; <paramref name="fallback"/> when absent and not required.</summary>
    public TEnum? Enum<TEnum>(string name, Vocabulary<TEnum> vocabulary, bool required = false, TEnum? fallback = null)
        where TEnum : struct, System.Enum
    {
        var text = String(name, required);
        if (text is null) return required ? null : fallback;
        if (vocabulary.TryParse(text, out var value)) return value;
        _context.Report(KzDiagnostics.InvalidEnumValue, LocationOf(name), text, vocabulary.Description, vocabulary.Hint(text));
        return null;
    }

    public IReadOnlyList<TEnum> EnumList<TEnum>(string name, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, System.Enum
    {
        var result = new List<TEnum>();
        foreach (var item in Items(name))
        {
            if (item is not JsonString s)
            {
                WrongType(name + "[]", item, "a string");
                continue;
            }
            if (vocabulary.TryParse(s.Value, out var value)) result.Add(value);
            else _context.Report(KzDiagnostics.InvalidEnumValue, _context.Locate(s), s.Value, vocabulary.Description, vocabulary.Hint(s.Value));
        }
        return result;
    }

    public IReadOnlyList<string> StringList(string name)
    {
        var result = new List<string>();
        foreach (var item in Items(name))
        {
            if (item is JsonString s && s.Value.Length > 0) result.Add(s.Value);
            else WrongType(name + "[]", item, "a non-empty string");
        }
        return result;
    }

    /// <summary>A slug id (defining or referring); invalid slugs are reported and yield null.</summary>
    public RawReference? Id(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null) return null;
        var location = LocationOf(name);
        if (!Identifiers.IsSlug(text))
        {
            _context.Report(KzDiagnostics.InvalidId, location, text);
            return null;
        }
        return new RawReference(text, location);
    }

    public IReadOnlyList<JsonValue> Items(string name, bool required = false)
    {
        var value = Value(name, required);
        switch (value)
        {
            case null:
            case JsonNull:
                return Array.Empty<JsonValue>();
            case JsonArray array:
                return array.Items;
            default:
                WrongType(name, value, "an array");
                return Array.Empty<JsonValue>();
        }
    }

    /// <summary>The objects of an array field; non-objects are reported and skipped.</summary>
    public IEnumerable<ObjectReader> Objects(string name, string itemWhat, bool required = false)
    {
        foreach (var item in Items(name, required))
        {
            if (item is JsonObject obj) yield return new ObjectReader(obj, _context, itemWhat);
            else WrongType(name + "[]", item, "an object");
        }
    }

    public ObjectReader? Object(string name, string what, bool required = false)
    {
        var value = Value(name, required);
        switch (value)
        {
            case null:
                return null;
            case JsonObject obj:
                return new ObjectReader(obj, _context, what);
            default:
                WrongType(name, value, "an object");
                return null;
        }
    }

    /// <summary>The anchor fields of this object: exact, or start and end; prefix, suffix, occurrence.</summary>
    public RawAnchor? Anchor()
    {
        var exact = String("exact");
        var start = String("start");
        var end = String("end");
        var prefix = String("prefix");
        var suffix = String("suffix");
        var occurrence = PositiveInteger("occurrence");
        if (exact is { Length: 0 }) exact = null;
        if (exact is null && (start is null || end is null || start.Length == 0 || end.Length == 0))
        {
            var detail = start is not null && end is null ? " (\"end\" is missing)"
                : end is not null && start is null ? " (\"start\" is missing)"
                : string.Empty;
            _context.Report(KzDiagnostics.InvalidAnchor, Location, detail);
            return null;
        }
        if (exact is not null && (start is not null || end is not null))
        {
            _context.Report(KzDiagnostics.InvalidAnchor, LocationOf("start"), " (not both: \"exact\" or \"start\"/\"end\")");
            return null;
        }
        var location = LocationOf(exact is not null ? "exact" : "start");
        return new RawAnchor(exact, start, end, prefix, suffix, occurrence, location);
    }

    /// <summary>
    /// Reports the fields no reader asked for, with the nearest known name. Every object may carry
    /// "review" (an entry a draft wrote and no person has checked yet): reported as KZ0500 until deleted.
    /// </summary>
    public void Finish()
    {
        if (String("review") is { } review)
        {
            _context.Report(KzDiagnostics.UnreviewedDraftItem, LocationOf("review"), _what, review);
        }
        foreach (var property in _object.Properties)
        {
            if (_known.Contains(property.Name, StringComparer.Ordinal)) continue;
            // "review" is every object's (a draft's mark), so it is no hint for this one.
            var known = _known.Where(k => k is not ("$schema" or "review")).ToList();
            var suggestion = Suggestions.Closest(property.Name, known);
            var hint = suggestion is not null
                ? $"; did you mean '{suggestion}'?"
                : ". Known fields: " + string.Join(", ", known.OrderBy(k => k, StringComparer.Ordinal));
            _context.Report(KzDiagnostics.UnknownField,
                _context.Locate(property.NameStart, property.NameEnd), property.Name, _what, hint);
        }
    }

    private void WrongType(string name, JsonValue value, string expected)
        => _context.Report(KzDiagnostics.WrongType, _context.Locate(value), name, expected, value.KindName);
}
