/**
 * People, offices (科室) and roles; who the current user is; login and the security configuration, sign-in lockout,
 * passwords, the first admin and the demo data; the admin's screens for people, offices and roles, everyone's own
 * password and the one-time setup.
 */
package com.reportflow.directory;
