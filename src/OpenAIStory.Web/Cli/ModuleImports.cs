using System.Text.RegularExpressions;

namespace OpenAIStory.Web.Cli;

/// <summary>The modules an ES module loads (<c>import … from "./x.js"</c>, <c>import "./x.js"</c>,
/// <c>import("./x.js")</c>), as site paths: a page names only its entry module, so whatever copies or weighs the site's
/// scripts follows these.</summary>
public static partial class ModuleImports
{
    [GeneratedRegex("""(?:\bfrom|\bimport)\s*\(?\s*"(\.{1,2}/[^"\s]+)"\s*\)?""", RegexOptions.CultureInvariant)]
    private static partial Regex Specifier();

    /// <summary>The site paths of the relative imports of the module served at <paramref name="modulePath"/>
    /// (<c>/js/main.abc123.js</c> importing <c>./dom.js</c> → <c>/js/dom.js</c>).</summary>
    public static IReadOnlyList<string> Of(string modulePath, string source)
    {
        ArgumentNullException.ThrowIfNull(modulePath);
        ArgumentNullException.ThrowIfNull(source);
        var module = new Uri(new Uri("http://site/"), modulePath);
        return [.. Specifier().Matches(source).Select(m => new Uri(module, m.Groups[1].Value).AbsolutePath).Distinct(StringComparer.Ordinal)];
    }
}
