package com.reportflow.bench;

import com.reportflow.importing.ImportDecoding;
import com.reportflow.importing.ImportedReport;
import com.reportflow.importing.ReportImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Decode and parse of the largest sample report, as an import does it: warm-up first, then each run timed on its
 * own; prints the median and the worst run.
 *
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.reportflow.bench.ImportBenchmark
 * </pre>
 */
public final class ImportBenchmark {

    private static final Path SAMPLES = Path.of("..", "shared", "samples");
    private static final int WARM_UP = 3_000;
    private static final int RUNS = 2_000;

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            System.out.println("sample reports absent: " + SAMPLES.toAbsolutePath());
            return;
        }
        Path largest;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            largest = files.filter(p -> p.toString().endsWith(".txt"))
                    .max(Comparator.comparingLong(ImportBenchmark::size))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        ReportImporter importer = new ReportImporter();

        int headings = 0;
        for (int i = 0; i < WARM_UP; i++) {
            headings += importOnce(importer, bytes).headingCount();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ImportedReport report = importOnce(importer, bytes);
            nanos[i] = System.nanoTime() - start;
            headings += report.headingCount();
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s (%d bytes), decode + parse, %d runs after %d warm-up: median %.3f ms, worst %.3f ms"
                        + " (checksum %d)%n",
                largest.getFileName(),
                bytes.length,
                RUNS,
                WARM_UP,
                nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6,
                headings);
    }

    private static ImportedReport importOnce(ReportImporter importer, byte[] bytes) {
        return importer.parse(ImportDecoding.decode(bytes));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
