package com.reportflow.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published reports in ../shared/samples (beside the project, as in CI). They are not copied into the project;
 * tests that read them are skipped where the directory is absent.
 */
final class Samples {

    static final Path DIRECTORY = Path.of("..", "shared", "samples");

    static final String BAISE = "baise-education-2024.txt";
    static final String WANZHOU = "wanzhou-education-2024.txt";
    static final String WUSU = "wusu-education-2023.txt";

    private Samples() {}

    static byte[] bytes(String name) {
        assumeTrue(Files.isDirectory(DIRECTORY), "sample reports absent: " + DIRECTORY.toAbsolutePath());
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return ImportDecoding.decode(bytes(name));
    }
}
