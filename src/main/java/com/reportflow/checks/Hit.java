package com.reportflow.checks;

import java.util.List;

/** A finding inside one paragraph or heading, before it knows its section: where it is and the message arguments. */
record Hit(Finding.Kind kind, int start, int end, List<Object> args) {

    Hit {
        args = List.copyOf(args);
    }
}
