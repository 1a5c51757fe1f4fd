using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OpenAIStory.Core.Content;

/// <summary>Reads YAML content into typed records, turning every parse problem into a <see cref="ContentError"/> with
/// file and line, and keeping where each node was written (<see cref="YamlNodePosition"/>) for the checks that follow.</summary>
public static class YamlContent
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .Build();

    /// <summary>Deserialises <paramref name="yaml"/>; <paramref name="lineOffset"/> shifts line numbers when the YAML sits inside a larger file (front matter).</summary>
    /// <exception cref="ContentException">The YAML is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static T Read<T>(string file, string yaml, int lineOffset = 0) => ReadLocated<T>(file, yaml, lineOffset).Value;

    /// <summary>As <see cref="Read{T}"/>, with the position of the document's top node, from which every field's and
    /// item's line can be read.</summary>
    /// <exception cref="ContentException">The YAML is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static (T Value, YamlNodePosition Position) ReadLocated<T>(string file, string yaml, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var recorder = new YamlPositionRecorder(new Parser(new StringReader(yaml)), yaml, lineOffset);
        try
        {
            var value = Deserializer.Deserialize<T>(recorder);
            return value is null || recorder.Root is null
                ? throw new ContentException(new ContentError(file, lineOffset + 1, "the file is empty"))
                : (value, recorder.Root);
        }
        catch (YamlException ex)
        {
            var line = ex.Start.Line > 0 ? (int)ex.Start.Line + lineOffset : lineOffset + 1;
            var message = ex.InnerException?.Message ?? ex.Message;
            throw new ContentException(new ContentError(file, line, $"YAML: {Clean(message)}"));
        }
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes its own "(Line: 3, Col: 5, Idx: 30) - (…):" location; the error already carries the line.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}
