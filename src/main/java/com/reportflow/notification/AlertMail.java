package com.reportflow.notification;

/** A mail composed inside the transaction that wrote its notification, to be sent once that transaction commits. */
record AlertMail(String to, String subject, String text) {}
