package com.reportflow.monitoring;

import com.vaadin.flow.component.html.Span;

/** Why a report or a section is overdue or at risk, as a badge coloured by how bad it is; blocked stands out most. */
final class RiskBadge extends Span {

    RiskBadge(Risk risk) {
        setText(
                risk.level() == Risk.Level.ON_TRACK
                        ? getTranslation("monitoring.on-track")
                        : getTranslation(risk.translationKey(), risk.days()));
        getElement().getThemeList().add("badge");
        switch (risk.level()) {
            case BLOCKED -> {
                getElement().getThemeList().add("error");
                getElement().getThemeList().add("primary");
                addClassName("blocked");
            }
            case OVERDUE -> {
                getElement().getThemeList().add("error");
                addClassName("overdue");
            }
            case AT_RISK -> getElement().getThemeList().add("warning");
            case ON_TRACK -> getElement().getThemeList().add("success");
        }
    }
}
