package com.reportflow.signoff;

import java.time.Instant;

/** Who signed the report off (签发), and when. */
public record Signature(String signerName, Instant signedAt) {}
