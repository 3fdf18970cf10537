package com.reportflow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The lifecycle scenarios on the embedded database. */
@SpringBootTest
@ActiveProfiles("test")
class ReportLifecycleTest extends LifecycleScenarios {}
