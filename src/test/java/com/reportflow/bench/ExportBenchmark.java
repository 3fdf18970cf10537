package com.reportflow.bench;

import com.reportflow.export.DocxExport;
import com.reportflow.export.ExportFonts;
import com.reportflow.export.ExportedReport;
import com.reportflow.export.PdfExport;
import com.reportflow.export.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * DOCX and PDF export of the largest sample report: the first PDF export of a fresh {@link PdfExport} (which parses
 * the fonts) on its own, then warm-up, then each run timed; prints median, worst and file sizes.
 *
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.reportflow.bench.ExportBenchmark
 * </pre>
 */
public final class ExportBenchmark {

    private static final Path SAMPLES = Path.of("..", "shared", "samples");
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            System.out.println("sample reports absent: " + SAMPLES.toAbsolutePath());
            return;
        }
        Path largest;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            largest = files.filter(p -> p.toString().endsWith(".txt"))
                    .max(Comparator.comparingLong(ExportBenchmark::size))
                    .orElseThrow();
        }
        ExportedReport report = SampleReports.read(largest);
        System.out.printf(
                "%s: %d headings, %d characters of text%n",
                largest.getFileName(),
                report.headings().size(),
                report.headings().stream()
                        .flatMap(h -> Stream.concat(Stream.of(h.numberedHeading()), h.paragraphs().stream()))
                        .mapToInt(String::length)
                        .sum());
        time("DOCX", () -> DocxExport.write(report));
        try (PdfExport pdf = new PdfExport(ExportFonts.defaults())) {
            long start = System.nanoTime();
            pdf.write(report);
            System.out.printf("PDF first export, fonts parsed: %.1f ms%n", (System.nanoTime() - start) / 1e6);
            time("PDF", () -> pdf.write(report));
        }
    }

    private static void time(String name, Supplier<byte[]> export) {
        Timing<byte[]> timing = Timing.measure(WARM_UP, RUNS, export);
        System.out.printf(
                "%s: %d runs after %d warm-up: median %.1f ms, worst %.1f ms, %,d bytes%n",
                name, RUNS, WARM_UP, timing.medianMillis(), timing.worstMillis(), timing.last().length);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
