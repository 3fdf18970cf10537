package com.reportflow.directory;

import com.reportflow.shared.ui.Refusal;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 角色: each role, what it may do, and who holds it. Roles are given on a person's page. */
@Menu(title = "menu.people.roles", order = 13, icon = "vaadin:key")
@Route("admin/roles")
@RolesAllowed("ADMIN")
public class RolesView extends VerticalLayout implements HasDynamicTitle {

    final Refusal refusal = new Refusal();
    final Grid<RoleHolders> grid = new Grid<>();

    RolesView(PeopleAdmin people) {
        addClassName("page");
        setSizeFull();
        grid.addColumn(r -> getTranslation("people.role." + r.role().name()))
                .setHeader(getTranslation("people.field.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("people.role." + r.role().name() + ".may"))
                .setHeader(getTranslation("people.role.may"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.holders().isEmpty() ? "—" : String.join("、", r.holders()))
                .setHeader(getTranslation("people.role.holders"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.people.roles")), new Paragraph(getTranslation("people.role.help")), refusal);
        add(grid);
        refusal.attempt(() -> grid.setItems(people.roles()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.roles");
    }
}
