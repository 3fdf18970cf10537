/**
 * Legality review (合法性审查) by the legal advisor: approve a section, or return it with a written opinion.
 */
package com.reportflow.review;
