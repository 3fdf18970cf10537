/**
 * The only module that talks to the Flowable engine: starts reports, finds and completes tasks with typed
 * decisions, lists inboxes. Process keys, task keys and variable names here mirror the BPMN files in processes/.
 */
package com.reportflow.workflow;
