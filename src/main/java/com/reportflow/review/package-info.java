/**
 * Legality review (合法性审查) by the legal advisor: approve a section, or return it with a written opinion; and its
 * co-review (加签), a second advisor's opinion the holder waits for before approving.
 */
package com.reportflow.review;
