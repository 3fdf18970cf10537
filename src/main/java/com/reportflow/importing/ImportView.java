package com.reportflow.importing;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 导入去年报告: the coordinator uploads or pastes last year's published report and sees what was read — the title,
 * the outline at every level renumbered, the body under each heading, what was dropped as web debris, how numbered
 * items were read — corrects it (a body line made a heading or back, a heading's level or words, the opening text;
 * a report in traditional characters converted to simplified ones, with undo), then accepts it as an outline template
 * and goes on to open this year's report from it.
 */
@Menu(title = "menu.import", order = 7, icon = "vaadin:upload-alt")
@Route("templates/import")
@RolesAllowed("COORDINATOR")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    final ImportSource source;
    final ImportPreview preview;

    ImportView(ReportImport service) {
        addClassName("page");
        preview = new ImportPreview(service);
        source = new ImportSource(service, preview::show, () -> preview.setVisible(false));
        add(new H2(getTranslation("menu.import")), new Span(getTranslation("import.help")), source, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import");
    }
}
