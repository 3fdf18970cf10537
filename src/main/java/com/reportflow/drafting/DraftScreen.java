package com.reportflow.drafting;

import com.reportflow.report.SectionDetails;
import java.util.Optional;

/**
 * What the drafting screen shows and what the signed-in person may do there, read at once.
 *
 * @param editable whether they may edit and submit the text now
 * @param holds whether they hold the section's open step
 * @param mayWithdraw whether they may take the submission back (nobody has taken up its check yet)
 * @param delegatedBy who delegated the drafting to them (委派), when it is delegated to them
 */
public record DraftScreen(
        SectionDetails details, boolean editable, boolean holds, boolean mayWithdraw, Optional<String> delegatedBy) {}
