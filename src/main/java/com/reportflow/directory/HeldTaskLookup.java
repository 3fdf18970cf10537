package com.reportflow.directory;

import java.util.List;

/**
 * The open tasks a person holds. The directory cannot read the workflow (the workflow depends on it), so the
 * report feature, which can, answers.
 */
public interface HeldTaskLookup {

    List<HeldTask> heldBy(String username);
}
