package com.reportflow.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --reportflow.audit.verify}: verifies the chain once the application has started, prints the result and
 * exits with 0 when it is intact, 1 when it is broken. Without the argument it does nothing.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "reportflow.audit.verify";

    private final AuditVerifier verifier;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = verifyAndPrint(System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Prints the result; returns the exit code. */
    int verifyAndPrint(PrintStream out) {
        AuditVerification result = verifier.verify();
        if (result.intact()) {
            out.println("Audit trail intact: " + result.checkedEntries() + " entries verified.");
            return 0;
        }
        out.println("Audit trail BROKEN at entry " + result.brokenAt() + ": " + result.problem() + " ("
                + result.checkedEntries() + " entries before it are intact).");
        return 1;
    }
}
