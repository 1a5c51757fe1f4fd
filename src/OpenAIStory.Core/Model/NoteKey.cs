namespace OpenAIStory.Core.Model;

/// <summary>The value of a <see cref="SpanKind.Note"/> span: which annotation or entity the note shows.</summary>
public static class NoteKey
{
    public static string ForAnnotation(string id) => "a:" + id;

    public static string ForEntity(string id) => "e:" + id;

    /// <summary>Splits a key into its kind ('a' or 'e') and id.</summary>
    public static (char Kind, string Id) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 2 && key[1] == ':' ? (key[0], key[2..]) : ('?', key);
    }
}
