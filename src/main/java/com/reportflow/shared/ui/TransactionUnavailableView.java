package com.reportflow.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database page when the failure surfaces as a transaction that could not begin: Vaadin picks an error view by
 * the exact class of an exception in the cause chain, so each form of "no connection" needs its own entry.
 */
@AnonymousAllowed
public class TransactionUnavailableView extends DatabaseErrorPage
        implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return show(event);
    }
}
