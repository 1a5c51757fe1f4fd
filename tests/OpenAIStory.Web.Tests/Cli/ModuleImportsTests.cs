using OpenAIStory.Web.Cli;

namespace OpenAIStory.Web.Tests.Cli;

public sealed class ModuleImportsTests
{
    [Fact]
    public void Static_side_effect_and_dynamic_imports_resolve_against_the_module_s_own_path()
    {
        const string Source = """
            import { d, $ } from "./dom.js";
            import "./theme.js";
            import {
              a,
            } from "../lib/x.js";
            const later = () => import("./claims.js");
            const s = "./not-an-import.js";
            import { d as again } from "./dom.js";
            """;

        ModuleImports.Of("/js/main.0a1b2c3d4e.js", Source).ShouldBe(["/js/dom.js", "/js/theme.js", "/lib/x.js", "/js/claims.js"]);
        ModuleImports.Of("/openaistory/js/main.js", "import \"./dom.js\";").ShouldBe(["/openaistory/js/dom.js"]);
        ModuleImports.Of("/js/checks.js", "const form = document.querySelector(\".verdict-filter\");").ShouldBeEmpty();
    }
}
