package com.reportflow.importing;

import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.TemplateLibrary;
import com.reportflow.report.ReportAccess;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The coordinator brings last year's published report in: reads it (uploaded or pasted) into a preview, then accepts
 * it as an outline template whose sections carry last year's text as reference for their authors.
 */
@Service
class ReportImport {

    static final int MAX_HEADING = 200;

    static final int MAX_OPENING = 20_000;

    private final ReportImporter importer = new ReportImporter();
    private final TemplateLibrary library;
    private final CurrentUser currentUser;

    ReportImport(TemplateLibrary library, CurrentUser currentUser) {
        this.library = library;
        this.currentUser = currentUser;
    }

    /** Reads an uploaded text file (UTF-8 or GB18030). */
    public ImportedReport preview(byte[] upload) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return importer.parse(ImportDecoding.decode(upload));
    }

    /** Reads pasted text. */
    public ImportedReport preview(String pasted) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return importer.parse(ImportDecoding.normalise(pasted));
    }

    /** Whether the report read is written in traditional characters, so that the preview offers to convert it. */
    public boolean inTraditionalCharacters(ImportedReport report) {
        return TraditionalCharacters.dominate(report);
    }

    /** The report with every text in simplified characters; the numbers and the dropped debris stay as typed. */
    public ImportedReport toSimplified(ImportedReport report) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return TraditionalCharacters.toSimplified(report);
    }

    /** A body paragraph ({@code under} null: of the opening text) made a heading one level below its heading. */
    public ImportedReport turnIntoHeading(ImportedReport report, ImportedHeading under, int paragraph) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return OutlineEdits.turnIntoHeading(report, under, paragraph);
    }

    /** A heading made a paragraph of the heading before it. */
    public ImportedReport turnIntoBody(ImportedReport report, ImportedHeading heading) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return OutlineEdits.turnIntoBody(report, heading);
    }

    /** The levels a heading can be moved to: 1 up to one below the heading before it. */
    public List<Integer> levels(ImportedReport report, ImportedHeading heading) {
        return OutlineEdits.levels(report, heading);
    }

    /** A heading moved to another level, with everything under it. */
    public ImportedReport changeLevel(ImportedReport report, ImportedHeading heading, int level) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        if (level < 1 || level > 4) {
            throw new InvalidInputException("import.depth");
        }
        return OutlineEdits.changeLevel(report, heading, level);
    }

    /** A heading's words as the coordinator typed them. */
    public ImportedReport renameHeading(ImportedReport report, ImportedHeading heading, String words) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return OutlineEdits.rename(report, heading, TextInput.line(words, MAX_HEADING, "import.heading-words"));
    }

    /** The opening text before the first heading, as the coordinator typed it (one paragraph a line). */
    public ImportedReport changeOpening(ImportedReport report, String opening) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return OutlineEdits.withOpening(report, TextInput.optional(opening, MAX_OPENING, "import.preamble"));
    }

    /**
     * Saves the imported outline as a template; headings below {@code sectionDepth} fold into their section's
     * reference text. Returns the template's id.
     */
    public long accept(ImportedReport report, String templateName, int sectionDepth) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        if (report == null || report.outline().isEmpty()) {
            throw new InvalidInputException("import.no-outline");
        }
        if (sectionDepth < 1 || sectionDepth > 4) {
            throw new InvalidInputException("import.depth");
        }
        return library.create(templateName, outline(report, sectionDepth));
    }

    /**
     * The imported headings as template nodes, down to {@code sectionDepth}; the opening text leads the first
     * section's reference.
     */
    static List<OutlineTemplate.Node> outline(ImportedReport report, int sectionDepth) {
        List<OutlineTemplate.Node> parts = new ArrayList<>();
        // The opening text goes with the first section, so that it is never lost.
        String opening = String.join("\n", report.preamble());
        for (ImportedHeading heading : report.outline()) {
            parts.add(node(heading, sectionDepth, parts.isEmpty() ? opening : ""));
        }
        return parts;
    }

    /**
     * A heading with children above the section depth becomes a grouping heading; its own paragraphs go to the
     * reference of its first section so that nothing of last year's text is lost.
     */
    private static OutlineTemplate.Node node(ImportedHeading heading, int sectionDepth, String carried) {
        String own = String.join("\n", heading.paragraphs());
        if (heading.children().isEmpty() || heading.level() >= sectionDepth) {
            StringBuilder reference = new StringBuilder(join(carried, own));
            for (ImportedHeading child : heading.children()) {
                fold(child, reference);
            }
            return new OutlineTemplate.Node(headingOf(heading), false, reference.toString(), List.of());
        }
        List<OutlineTemplate.Node> children = new ArrayList<>();
        String intro = join(carried, own.isEmpty() ? "" : "【" + headingOf(heading) + "】\n" + own);
        for (ImportedHeading child : heading.children()) {
            children.add(node(child, sectionDepth, children.isEmpty() ? intro : ""));
        }
        return OutlineTemplate.Node.part(headingOf(heading), children);
    }

    private static void fold(ImportedHeading heading, StringBuilder into) {
        String line = heading.number() + heading.heading();
        String body = String.join("\n", heading.paragraphs());
        append(into, line.isBlank() ? body : body.isEmpty() ? line : line + "\n" + body);
        for (ImportedHeading child : heading.children()) {
            fold(child, into);
        }
    }

    /**
     * The heading's text; for a heading the source gave no words of its own, the first clause of its body, whole: a
     * heading is never cut off with an ellipsis.
     */
    static String headingOf(ImportedHeading heading) {
        if (!heading.heading().isBlank()) {
            return heading.heading().strip();
        }
        String first = heading.paragraphs().isEmpty()
                ? ""
                : heading.paragraphs().getFirst().strip();
        int cut = OutlineReader.indexOfClauseEnd(first);
        String clause = cut >= 0 ? first.substring(0, cut) : first;
        return clause.isBlank() ? "（无标题）" : clause;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static void append(StringBuilder into, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!into.isEmpty()) {
            into.append('\n');
        }
        into.append(text);
    }
}
