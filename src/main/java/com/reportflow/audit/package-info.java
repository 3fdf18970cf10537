/**
 * The audit trail: every action, login and refused access in an append-only log chained by SHA-256, its
 * verification (button and command) and the admin's viewer with filters and CSV export.
 */
package com.reportflow.audit;
