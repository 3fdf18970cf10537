/**
 * Drafting a section in its office: taking it, writing and saving as you go, submitting it, and the optional
 * office-head check before it leaves the office.
 */
package com.reportflow.drafting;
