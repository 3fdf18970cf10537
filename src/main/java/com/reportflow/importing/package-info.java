/**
 * Import of last year's published report: decoding, dropping web debris, reading the outline at every level, and
 * turning it into an outline template whose sections carry last year's text as reference.
 */
package com.reportflow.importing;
