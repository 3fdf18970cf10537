package com.reportflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.reportflow.inbox.InboxView;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.TaskSteering;
import com.reportflow.workflow.WorkQueries;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;

/**
 * The module boundaries of style.md, checked on the main classes: only {@code workflow} talks to the engine, views
 * talk to services, features do not reach into each other's screens, and the feature packages form no cycle.
 */
@AnalyzeClasses(packages = "com.reportflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "com.reportflow.";

    @ArchTest
    static final ArchRule only_the_workflow_module_touches_the_engine = noClasses()
            .that()
            .resideOutsideOfPackage("com.reportflow.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable..")
            .because("the workflow façade owns process keys, task keys and variables (style.md rule 2)");

    @ArchTest
    static final ArchRule views_do_not_touch_repositories = noClasses()
            .that()
            .areAssignableTo(Component.class)
            .and()
            .resideInAPackage("com.reportflow..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("a view talks to one feature service, which checks who may see what");

    @ArchTest
    static final ArchRule views_do_not_touch_the_engine_facade = noClasses()
            .that()
            .areAssignableTo(Component.class)
            .and()
            .resideInAPackage("com.reportflow..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(ReportWorkflow.class, WorkQueries.class, TaskSteering.class)
            .because("completing a step must go through the service that checks the person and the input");

    /**
     * One exception: {@code inbox.InboxView}, the home screen every task screen returns to after its action (the view
     * conventions say so). Navigating to it is not reaching into the inbox feature; embedding it would be.
     */
    @ArchTest
    static final ArchRule no_feature_depends_on_a_view_of_another_feature =
            classes().that().resideInAPackage("com.reportflow..").should(notDependOnViewsOfOtherFeatures());

    /**
     * Each direct sub-package is a feature; {@code shared.ui}, the frame around every screen (layout, translations,
     * error notifications), is its own slice: it sits above the features' services (the menu reads the current
     * user) while every feature's views use it, which is not a cycle between features.
     */
    @ArchTest
    static final ArchRule feature_packages_form_no_cycle =
            slices().matching("com.reportflow.(*)..").should().beFreeOfCycles();

    private static ArchCondition<JavaClass> notDependOnViewsOfOtherFeatures() {
        return new ArchCondition<>("not depend on a view (@Route) of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAnnotatedWith(Route.class)
                            && !feature(target).equals(feature(origin))
                            && !target.isEquivalentTo(InboxView.class)) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(BASE)) {
            return name;
        }
        String rest = name.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
