/**
 * The directory's screens inside the app frame: people, offices and roles for the admin, the own password for
 * everyone, and the one-time setup. Apart from the directory itself, since the frame (shared.ui) reads the directory.
 */
package com.reportflow.directory.ui;
