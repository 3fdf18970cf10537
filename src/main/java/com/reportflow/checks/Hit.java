package com.reportflow.checks;

import java.util.List;

/**
 * A finding inside one paragraph or heading, before it knows its section: where it is, the message arguments, and
 * what to write instead when the check knows it ("" when it does not).
 */
record Hit(Finding.Kind kind, int start, int end, List<Object> args, String suggestion) {

    Hit {
        args = List.copyOf(args);
        suggestion = suggestion == null ? "" : suggestion;
    }

    Hit(Finding.Kind kind, int start, int end, List<Object> args) {
        this(kind, start, end, args, "");
    }
}
