package com.reportflow.directory;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The offices and people of a sample education bureau, for the default embedded profile only
 * ({@code reportflow.demo-data=true}); created once, on an empty directory, before {@link FirstAdminSetup} looks
 * for an admin.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "reportflow.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "reportflow";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Directory directory;

    DemoData(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.hasUsers()) {
            return;
        }
        Office policy = directory.createOffice("ZCFGK", "政策法规科");
        Office basic = directory.createOffice("JCJYK", "基础教育科");
        Office personnel = directory.createOffice("RSK", "人事科");
        Office inspection = directory.createOffice("DDS", "督导室");
        directory.createOffice("BGS", "办公室");

        directory.createUser(
                "coordinator", "赵敏", PASSWORD, policy, Set.of(Role.COORDINATOR), "coordinator@reportflow.example");
        directory.createUser("author", "钱磊", PASSWORD, basic, Set.of(Role.AUTHOR), "author@reportflow.example");
        directory.createUser("author2", "孙芳", PASSWORD, basic, Set.of(Role.AUTHOR), "author2@reportflow.example");
        directory.createUser(
                "officehead", "李卫东", PASSWORD, basic, Set.of(Role.OFFICE_HEAD), "officehead@reportflow.example");
        directory.createUser(
                "hr", "周静", PASSWORD, personnel, Set.of(Role.AUTHOR, Role.OFFICE_HEAD), "hr@reportflow.example");
        directory.createUser(
                "inspector", "吴昊", PASSWORD, inspection, Set.of(Role.AUTHOR), "inspector@reportflow.example");
        directory.createUser("policy", "郑洁", PASSWORD, policy, Set.of(Role.AUTHOR), "policy@reportflow.example");
        directory.createUser(
                "advisor", "王律师", PASSWORD, null, Set.of(Role.LEGAL_ADVISOR), "advisor@reportflow.example");
        directory.createUser(
                "secretary", "冯秘书", PASSWORD, null, Set.of(Role.SECRETARY), "secretary@reportflow.example");
        directory.createUser("director", "陈局长", PASSWORD, null, Set.of(Role.DIRECTOR), "director@reportflow.example");
        directory.createUser("admin", "系统管理员", PASSWORD, null, Set.of(Role.ADMIN), "admin@reportflow.example");
        LOG.info("Demo bureau created: 5 offices, 11 users, password '{}'", PASSWORD);
    }
}
