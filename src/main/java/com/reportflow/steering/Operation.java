package com.reportflow.steering;

/** What the viewer may do to a task or report on the steering pages; the service checks each again. */
public enum Operation {
    CLAIM,
    GIVE_BACK,
    TRANSFER,
    TRANSFER_TO_OFFICE,
    SKIP_OFFICE_CHECK,
    DELEGATE,
    HAND_BACK,
    ADD_CO_REVIEWER,
    URGE,
    COPY,
    REOPEN,
    CANCEL
}
