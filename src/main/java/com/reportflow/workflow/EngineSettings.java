package com.reportflow.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineSettings {

    /**
     * The last sections approved at the same moment must close the drafting multi-instance in the approving
     * transaction. With Flowable's default asynchronous leave, each of them saw the other still open and left the
     * closing to a job, so the compile task waited for the async executor (forever where it is off). Leaving
     * synchronously locks the multi-instance's parent scope: one of the two loses an optimistic-lock race, which
     * ConflictRetry repeats with both approvals visible.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> synchronousMultiInstanceLeave() {
        return configuration -> configuration.setParallelMultiInstanceAsyncLeave(false);
    }
}
