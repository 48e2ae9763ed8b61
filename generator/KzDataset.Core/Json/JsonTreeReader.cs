using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KzDataset.Core.Json;

/// <summary>Reads JSON with comments and trailing commas into a <see cref="JsonValue"/> tree with spans.</summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>The parsed root, or the syntax error with its UTF-16 offset in the text.</summary>
    public readonly struct Result
    {
        public Result(JsonValue? root, string? error, int errorOffset)
        {
            Root = root;
            Error = error;
            ErrorOffset = errorOffset;
        }

        public JsonValue? Root { get; }

        public string? Error { get; }

        public int ErrorOffset { get; }
    }

    public static Result Read(string text, Utf8OffsetMap map)
    {
        // The reader's own words for this ("does not contain any JSON tokens ... while isFinalBlock is true") are its API's.
        if (IsBlank(text)) return new Result(null, "the file is empty; a JSON object was expected", 0);
        var reader = new Utf8JsonReader(map.Bytes, Options);
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, map);
            // Reading on makes the reader check that only whitespace and comments follow the root (it throws otherwise).
            reader.Read();
            return new Result(root, null, 0);
        }
        catch (JsonException ex)
        {
            return new Result(null, CleanMessage(ex.Message), OffsetOf(text, ex.LineNumber, ex.BytePositionInLine, map));
        }
        catch (InvalidOperationException ex)
        {
            // GetString throws this for a string the reader accepted but cannot decode.
            return new Result(null, ex.Message, map.CharOffset(reader.TokenStartIndex));
        }
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader, Utf8OffsetMap map)
    {
        var start = map.CharOffset(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var properties = new List<JsonProperty>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString() ?? string.Empty;
                        var nameStart = map.CharOffset(reader.TokenStartIndex);
                        // The name and its quotes only: BytesConsumed would also take the colon.
                        var nameEnd = map.CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                        reader.Read();
                        var value = ReadValue(ref reader, map);
                        properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
                    }
                    return new JsonObject(properties, start, map.CharOffset(reader.BytesConsumed));
                }
            case JsonTokenType.StartArray:
                {
                    var items = new List<JsonValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, map));
                    }
                    return new JsonArray(items, start, map.CharOffset(reader.BytesConsumed));
                }
            case JsonTokenType.String:
                return new JsonString(reader.GetString() ?? string.Empty, start, map.CharOffset(reader.BytesConsumed));
            case JsonTokenType.Number:
                return new JsonNumber(System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), start, map.CharOffset(reader.BytesConsumed));
            case JsonTokenType.True:
                return new JsonBoolean(true, start, map.CharOffset(reader.BytesConsumed));
            case JsonTokenType.False:
                return new JsonBoolean(false, start, map.CharOffset(reader.BytesConsumed));
            default:
                return new JsonNull(start, map.CharOffset(reader.BytesConsumed));
        }
    }

    /// <summary>Whitespace and complete comments only (an unclosed comment is left to the reader to report).</summary>
    private static bool IsBlank(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\t' or '\r' or '\n') i++;
            else if (string.CompareOrdinal(text, i, "//", 0, 2) == 0)
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return false;
                i = end + 2;
            }
            else return false;
        }
        return true;
    }

    // JsonException messages end with "Path: $ | LineNumber: 3 | BytePositionInLine: 7."; the
    // location is reported by the diagnostic itself, in characters rather than bytes.
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static int OffsetOf(string text, long? line, long? bytePositionInLine, Utf8OffsetMap map)
    {
        if (line is null) return 0;
        var index = new Text.LineIndex(text);
        var lineNumber = (int)Math.Min(line.Value, index.LineCount - 1);
        var lineStart = index.LineStart(lineNumber);
        var lineStartBytes = System.Text.Encoding.UTF8.GetByteCount(text.Substring(0, lineStart));
        return map.CharOffset(lineStartBytes + (bytePositionInLine ?? 0));
    }
}
