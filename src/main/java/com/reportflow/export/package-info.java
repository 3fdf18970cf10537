/**
 * Export of the official document: the compiled report as DOCX and PDF laid out after GB/T 9704-2012 (A4, 156 mm ×
 * 225 mm text block, 22 lines of 28 characters, the fonts of each heading level, "— 1 —" page numbers). Plain Java
 * (Apache POI, Apache PDFBox); the same input always gives byte-identical files, so a signed report's exports are
 * identical each time they are made.
 */
package com.reportflow.export;
