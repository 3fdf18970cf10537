package com.reportflow.checks;

import java.util.Comparator;

/** A finding with its position in the document, for ordering; section -1 is the report as a whole. */
record Located(int section, int paragraph, int offset, Finding finding) {

    static final Comparator<Located> IN_DOCUMENT_ORDER = Comparator.comparingInt(Located::section)
            .thenComparingInt(Located::paragraph)
            .thenComparingInt(Located::offset);
}
