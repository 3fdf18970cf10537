package com.reportflow.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The production jar carries the application, not Vaadin's development tools (defect 10 of the shipped jar). */
class ProductionJarIT {

    @Test
    void the_production_jar_carries_none_of_vaadins_development_tools() throws IOException {
        Path jar = ShippedApp.jar();
        List<String> libraries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            libraries = zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
        System.out.printf(
                "[shipped] %s: %,d bytes, %d libraries%n", jar.getFileName(), Files.size(jar), libraries.size());

        assertThat(libraries).anyMatch(name -> name.startsWith("flow-server-"));
        assertThat(libraries)
                .noneMatch(name -> name.startsWith("copilot")
                        || name.startsWith("vaadin-dev")
                        || name.startsWith("license-checker")
                        || name.startsWith("flow-build-tools")
                        || name.startsWith("vaadin-dev-server")
                        || name.startsWith("vaadin-dev-bundle"));
    }
}
