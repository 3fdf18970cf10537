/**
 * Everyone's inbox (待办: own and group tasks, earliest due first) and done list (已办).
 */
package com.reportflow.inbox;
