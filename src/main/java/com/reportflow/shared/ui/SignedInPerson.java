package com.reportflow.shared.ui;

/**
 * Who is signed in, as the frame's header names them. The directory answers; the frame asks through this interface
 * so that it depends on no feature whose screens sit inside it.
 */
public interface SignedInPerson {

    /** The person's name, with their office after a dot when they belong to one. */
    String headerLabel();
}
