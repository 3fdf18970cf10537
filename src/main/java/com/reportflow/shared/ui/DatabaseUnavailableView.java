package com.reportflow.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;

/** The database page when the connection pool gave up waiting for a connection (the database is stopped). */
@AnonymousAllowed
public class DatabaseUnavailableView extends DatabaseErrorPage
        implements HasErrorParameter<SQLTransientConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return show(event);
    }
}
