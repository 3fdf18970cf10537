/**
 * People, offices (科室) and roles; who the current user is; login and the security configuration.
 */
package com.reportflow.directory;
