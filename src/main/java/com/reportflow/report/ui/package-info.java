/**
 * The components the step screens of other features embed to show a report or a section: section header and sheet,
 * document preview and export links, decision and return-opinion panels, deadlines and history.
 */
@NamedInterface("ui")
package com.reportflow.report.ui;

import org.springframework.modulith.NamedInterface;
