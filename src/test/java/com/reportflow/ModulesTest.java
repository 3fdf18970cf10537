package com.reportflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith reads each top-level package as an application module: a module may use another's top-level types
 * and its named interfaces ({@code shared.ui}, {@code report.ui}), never its other sub-packages, and the modules form
 * no cycle. The same model draws the README's module map, so the map cannot drift from the code: when a module or a
 * dependency changes, this test fails until the map is written anew with {@code -Dmodules.write=true}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- module map: written by ModulesTest from the code, do not edit -->";
    static final String END = "<!-- end of module map -->";

    @Test
    void the_modules_use_only_each_others_published_types_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void the_readme_module_map_is_the_one_the_code_draws() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the module map markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String drawn = BEGIN + "\n" + moduleMap() + END;
        String written = readme.substring(begin, end + END.length());
        if (Boolean.getBoolean("modules.write") && !drawn.equals(written)) {
            Files.writeString(
                    README,
                    readme.substring(0, begin) + drawn + readme.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(written)
                .as("README.md's module map is stale: run ./mvnw test -Dtest=ModulesTest -Dmodules.write=true")
                .isEqualTo(drawn);
    }

    @Test
    void the_modules_are_documented_as_plantuml_and_canvases() {
        // For a reader who wants the detail: component diagrams per module and each module's canvas (its beans,
        // events and published types) under target/spring-modulith-docs.
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    /**
     * A Mermaid graph of the modules (arrows point at what a module uses; {@code shared}, which every module uses,
     * is left out of the arrows) and a table of each module with its package documentation.
     */
    static String moduleMap() throws IOException {
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
                .toList();
        StringBuilder map = new StringBuilder("```mermaid\nflowchart LR\n");
        for (ApplicationModule module : modules) {
            String name = name(module);
            List<String> uses = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(ModulesTest::name)
                    .filter(used -> !used.equals("shared") && !used.equals(name))
                    .sorted()
                    .distinct()
                    .toList();
            for (String used : uses) {
                map.append("    ").append(name).append(" --> ").append(used).append('\n');
            }
        }
        map.append("```\n\n");
        map.append("Every module uses `shared`. One package per module under `com.reportflow`:\n\n");
        map.append("| module | what it is for |\n| --- | --- |\n");
        for (ApplicationModule module : modules) {
            map.append("| `")
                    .append(name(module))
                    .append("` | ")
                    .append(documentation(module))
                    .append(" |\n");
        }
        return map.toString();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link) ([^}]*)}");

    /** The module's package documentation (its package-info), as one line of Markdown. */
    private static String documentation(ApplicationModule module) throws IOException {
        Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
        assertThat(info)
                .as("every module says what it is for in its package-info")
                .exists();
        Matcher doc = JAVADOC.matcher(Files.readString(info, StandardCharsets.UTF_8));
        assertThat(doc.find()).as(info + " has a Javadoc").isTrue();
        String text = doc.group(1)
                .lines()
                .map(line -> line.replaceFirst("^\\s*\\*\\s?", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
        return INLINE_TAG.matcher(text).replaceAll("`$1`").replace("|", "\\|");
    }
}
