package com.reportflow.bench;

import com.ibm.icu.text.Transliterator;
import com.reportflow.importing.ImportDecoding;
import com.reportflow.importing.ImportedReport;
import com.reportflow.importing.NumberedItems;
import com.reportflow.importing.ReportImporter;
import com.reportflow.importing.TraditionalCharacters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Decode and parse of the largest sample report, as an import does it, and of the largest input allowed; then telling
 * the script of that sample written in traditional characters and converting it to simplified ones, as the preview
 * does. Warm-up first, then each run timed on its own; prints the median and the worst run.
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
        try (Stream<Path> files = Files.list(SAMPLES)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(ImportBenchmark::summarize);
        }
        Path largest;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            largest = files.filter(p -> p.toString().endsWith(".txt"))
                    .max(Comparator.comparingLong(ImportBenchmark::size))
                    .orElseThrow();
        }
        time(largest.getFileName().toString(), Files.readAllBytes(largest), WARM_UP, RUNS);
        time("largest input allowed", stress(), 20, 50);
        convert(largest.getFileName().toString(), Files.readAllBytes(largest));
    }

    /**
     * The sample written in traditional characters (by ICU's Simplified-Traditional table), read, then told to be in
     * traditional characters and converted back as the preview does when the coordinator asks.
     */
    private static void convert(String name, byte[] bytes) {
        String traditional =
                Transliterator.getInstance("Simplified-Traditional").transliterate(ImportDecoding.decode(bytes));
        ImportedReport report = new ReportImporter().parse(traditional);
        Timing<Boolean> detection = Timing.measure(200, 500, () -> TraditionalCharacters.dominate(report));
        Timing<ImportedReport> conversion = Timing.measure(20, 50, () -> TraditionalCharacters.toSimplified(report));
        System.out.printf(
                "%s in traditional characters: telling the script median %.3f ms (worst %.3f ms, %s);"
                        + " converting to simplified median %.3f ms (worst %.3f ms)%n",
                name,
                detection.medianMillis(),
                detection.worstMillis(),
                detection.last() ? "traditional" : "not traditional",
                conversion.medianMillis(),
                conversion.worstMillis());
    }

    /** What the import reads in one sample: the outline, the sentences kept, what was dropped, the numbered items. */
    private static void summarize(Path sample) {
        try {
            ImportedReport report = new ReportImporter().parse(ImportDecoding.decode(Files.readAllBytes(sample)));
            long itemsAsHeadings =
                    report.items().stream().filter(NumberedItems::headings).count();
            System.out.printf(
                    "%s: title \"%s\", %d parts, %d headings in all, %d sentences kept, %d opening paragraphs,"
                            + " %d closing lines, %d pieces of debris dropped, %d runs of numbered items"
                            + " (%d read as headings)%n",
                    sample.getFileName(),
                    report.title(),
                    report.outline().size(),
                    report.headingCount(),
                    report.sentences().size(),
                    report.preamble().size(),
                    report.closing().size(),
                    report.dropped().size(),
                    report.items().size(),
                    itemsAsHeadings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void time(String name, byte[] bytes, int warmUp, int runs) {
        ReportImporter importer = new ReportImporter();
        Timing<ImportedReport> timing = Timing.measure(warmUp, runs, () -> importOnce(importer, bytes));
        System.out.printf(
                "%s (%d bytes), decode + parse, %d runs after %d warm-up: median %.3f ms, worst %.3f ms, %d headings%n",
                name,
                bytes.length,
                runs,
                warmUp,
                timing.medianMillis(),
                timing.worstMillis(),
                timing.last().headingCount());
    }

    /**
     * Just under {@link ImportDecoding#MAX_BYTES} of what makes the reader look around most: short unpunctuated lines
     * that might be headings whose number was lost, numbered headings, and lines the page wrapped.
     */
    private static byte[] stress() {
        String block = "（一）依法行政\n\n短句没有标点的一行\n\n1.规范执法。全面推行行政执法三项制度\n落实到位。\n";
        int size = block.getBytes(StandardCharsets.UTF_8).length;
        return block.repeat(ImportDecoding.MAX_BYTES / size).getBytes(StandardCharsets.UTF_8);
    }

    private static ImportedReport importOnce(ReportImporter importer, byte[] bytes) {
        return importer.parse(ImportDecoding.decode(bytes));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
