package com.reportflow.importing;

import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.OutlineTemplate;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.TemplateLibrary;
import com.reportflow.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The coordinator brings last year's published report in: reads it (uploaded or pasted) into a preview, then accepts
 * it as an outline template whose sections carry last year's text as reference for their authors.
 */
@Service
public class ReportImport {

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

    /** The imported headings as template nodes, down to {@code sectionDepth}. */
    static List<OutlineTemplate.Node> outline(ImportedReport report, int sectionDepth) {
        List<OutlineTemplate.Node> parts = new ArrayList<>();
        for (ImportedHeading heading : report.outline()) {
            parts.add(node(heading, sectionDepth, ""));
        }
        return parts;
    }

    /**
     * A heading with children above the section depth becomes a grouping heading; its own paragraphs go to the
     * reference of its first section so that nothing of last year's text is lost.
     */
    private static OutlineTemplate.Node node(ImportedHeading heading, int sectionDepth, String carried) {
        String own = join(carried, String.join("\n", heading.paragraphs()));
        if (heading.children().isEmpty() || heading.level() >= sectionDepth) {
            StringBuilder reference = new StringBuilder(own);
            for (ImportedHeading child : heading.children()) {
                fold(child, reference);
            }
            return new OutlineTemplate.Node(headingOf(heading), false, reference.toString(), List.of());
        }
        List<OutlineTemplate.Node> children = new ArrayList<>();
        String intro = own.isEmpty() ? "" : "【" + headingOf(heading) + "】\n" + own;
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
