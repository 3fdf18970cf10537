package com.reportflow;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Test-only instrument: counts the JDBC work done on the application's DataSource, and the Spring-managed
 * transactions, between {@link #reset()} and {@link #snapshot()}. Bring it into a test's context with
 * {@code @Import(JdbcCounter.Config.class)} (which gives that test class a Spring context of its own) and autowire it.
 *
 * <p>What is counted, on the thread that called {@link #reset()} only (work on other threads, e.g. a scheduler,
 * goes to {@link Snapshot#otherThreadStatements()} so that it cannot distort the figures unseen):
 *
 * <ul>
 *   <li><b>Connection checkouts</b>: {@code DataSource.getConnection()} calls, i.e. connections taken from the pool
 *       (Hikari). Every Spring transaction takes one, and so does every non-transactional read.
 *   <li><b>JDBC commits / rollbacks</b>: {@code Connection.commit()} / {@code rollback()} on a connection whose
 *       autoCommit is false, i.e. the ends of real database transactions. A read outside any transaction runs in
 *       autoCommit mode and is not a JDBC transaction by this count (H2 commits it implicitly).
 *   <li><b>Spring transactions</b>: transactions a {@link org.springframework.transaction.PlatformTransactionManager}
 *       actually begins, counted by a {@link TransactionExecutionListener} added to every transaction manager bean
 *       ({@link ConfigurableTransactionManager#addListener}). Spring calls {@code afterBegin} only when
 *       {@code getTransaction} starts a new transaction (not when a call joins the surrounding one, nor for
 *       SUPPORTS/NOT_SUPPORTED scopes), so this counts {@code @Transactional} service calls, TransactionTemplate
 *       blocks and Flowable engine commands (Flowable's Spring interceptor runs each command in a TransactionTemplate
 *       on the same manager) that were not already inside a transaction. This is more reliable than a
 *       TransactionSynchronization (which has to be registered inside each transaction) and than wrapping the manager
 *       bean in a proxy (which would hide its class, JpaTransactionManager, from whatever looks for it by class).
 *       Each such transaction ends in one JDBC commit or rollback, so the two counts agree unless something runs
 *       without Spring (e.g. the engine's own transactions) or a transaction never touches the database.
 *   <li><b>Statements</b>: each {@code execute*} call on a Statement / PreparedStatement / CallableStatement (a
 *       batch counts once). <i>Engine</i> statements are those reading or writing a table whose name starts with
 *       {@code ACT_} or {@code FLW_} (Flowable's tables, case-insensitive); <i>application</i> statements are the
 *       rest. The text of every statement is kept with its count, in the order first seen, and with the application
 *       methods that ran it ({@link Snapshot#callers()}); so are the methods that began each Spring transaction
 *       ({@link Snapshot#transactionsBegunBy()}).
 * </ul>
 *
 * <p>The DataSource bean is wrapped with {@link Proxy java.lang.reflect.Proxy} (no extra library): the wrapper
 * implements every interface of the pool (so {@code unwrap}, JMX and {@code close()} still reach Hikari), its
 * connections and statements are wrapped in turn.
 */
public final class JdbcCounter implements BeanPostProcessor {

    /** A table named ACT_… or FLW_… after FROM, JOIN, INTO, UPDATE or TABLE (an optional schema before it). */
    private static final Pattern ENGINE_TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(?:\\w+\\.)?(?:act|flw)_\\w+", Pattern.CASE_INSENSITIVE);

    private static final Pattern SELECT_LIST = Pattern.compile("^(select)\\s.*?\\s(from)\\s", Pattern.CASE_INSENSITIVE);

    /** Adds the counter to a test's Spring context; autowire {@link JdbcCounter}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        /** Static: a post-processor is created before the other beans, so that it sees the DataSource being made. */
        @Bean
        static JdbcCounter jdbcCounter() {
            return new JdbcCounter();
        }
    }

    /**
     * The figures between a reset and a snapshot. {@code engineSql} and {@code applicationSql} map each SQL text
     * (whitespace collapsed) to how often it ran, {@code callers} each SQL text to the methods that ran it,
     * {@code transactionsBegunBy} the methods that began a Spring transaction to how often they did.
     */
    public record Snapshot(
            int springTransactions,
            int springRollbacks,
            int jdbcCommits,
            int jdbcRollbacks,
            int connectionCheckouts,
            int engineStatements,
            int applicationStatements,
            int otherThreadStatements,
            Map<String, Integer> engineSql,
            Map<String, Integer> applicationSql,
            Map<String, Map<String, Integer>> callers,
            Map<String, Integer> transactionsBegunBy) {

        public int totalStatements() {
            return engineStatements + applicationStatements;
        }
    }

    private final Object lock = new Object();
    private volatile Thread owner;
    private int springTransactions;
    private int springRollbacks;
    private int jdbcCommits;
    private int jdbcRollbacks;
    private int checkouts;
    private int otherThreadStatements;
    private final Map<String, Integer> engineSql = new LinkedHashMap<>();
    private final Map<String, Integer> applicationSql = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> callers = new LinkedHashMap<>();
    private final Map<String, Integer> transactionsBegunBy = new LinkedHashMap<>();
    private final List<String> instrumented = new ArrayList<>();

    /** Zeroes every count and counts from now on the calling thread's work. */
    public void reset() {
        synchronized (lock) {
            owner = Thread.currentThread();
            springTransactions = 0;
            springRollbacks = 0;
            jdbcCommits = 0;
            jdbcRollbacks = 0;
            checkouts = 0;
            otherThreadStatements = 0;
            engineSql.clear();
            applicationSql.clear();
            callers.clear();
            transactionsBegunBy.clear();
        }
    }

    public Snapshot snapshot() {
        synchronized (lock) {
            int engine = engineSql.values().stream().mapToInt(Integer::intValue).sum();
            int application =
                    applicationSql.values().stream().mapToInt(Integer::intValue).sum();
            return new Snapshot(
                    springTransactions,
                    springRollbacks,
                    jdbcCommits,
                    jdbcRollbacks,
                    checkouts,
                    engine,
                    application,
                    otherThreadStatements,
                    Collections.unmodifiableMap(new LinkedHashMap<>(engineSql)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(applicationSql)),
                    Collections.unmodifiableMap(copyOfCallers()),
                    Collections.unmodifiableMap(new LinkedHashMap<>(transactionsBegunBy)));
        }
    }

    /** A deep copy: the counts go on after a snapshot (until the next reset), the snapshot's must not. */
    private Map<String, Map<String, Integer>> copyOfCallers() {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        callers.forEach((sql, counts) -> copy.put(sql, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        return copy;
    }

    /** The beans this counter wraps or listens to, e.g. {@code "dataSource (DataSource HikariDataSource)"}. */
    public List<String> instrumented() {
        synchronized (lock) {
            return List.copyOf(instrumented);
        }
    }

    static boolean isEngineSql(String sql) {
        return ENGINE_TABLE.matcher(sql).find();
    }

    // --- the Spring side ---------------------------------------------------------------------------------------

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ConfigurableTransactionManager manager) {
            manager.addListener(new SpringTransactions());
            note(beanName + " (" + bean.getClass().getSimpleName() + ")");
        }
        if (bean instanceof DataSource dataSource && !isCounted(dataSource)) {
            note(beanName + " (DataSource " + bean.getClass().getSimpleName() + ")");
            return wrap(
                    dataSource,
                    ClassUtils.getAllInterfacesForClass(bean.getClass()),
                    new DataSourceHandler(dataSource));
        }
        return bean;
    }

    private void note(String what) {
        synchronized (lock) {
            instrumented.add(what);
        }
    }

    private boolean counting() {
        return owner == Thread.currentThread();
    }

    /** Not a bean (Spring Boot would add a listener bean to the managers a second time). */
    private final class SpringTransactions implements TransactionExecutionListener {

        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            if (beginFailure == null && counting()) {
                String caller = caller();
                synchronized (lock) {
                    springTransactions++;
                    transactionsBegunBy.merge(caller, 1, Integer::sum);
                }
            }
        }

        @Override
        public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
            if (counting()) {
                synchronized (lock) {
                    springRollbacks++;
                }
            }
        }
    }

    // --- the JDBC side -----------------------------------------------------------------------------------------

    private boolean isCounted(Object candidate) {
        return Proxy.isProxyClass(candidate.getClass()) && Proxy.getInvocationHandler(candidate) instanceof Handler;
    }

    private void statement(String sql) {
        String text = sql == null ? "(no SQL)" : sql.strip().replaceAll("\\s+", " ");
        if (!counting()) {
            synchronized (lock) {
                otherThreadStatements++;
            }
            return;
        }
        String caller = caller();
        synchronized (lock) {
            (isEngineSql(text) ? engineSql : applicationSql).merge(text, 1, Integer::sum);
            callers.computeIfAbsent(text, key -> new LinkedHashMap<>()).merge(caller, 1, Integer::sum);
        }
    }

    /**
     * Who ran the statement: the two innermost methods of the application's own classes on the stack (Spring Data,
     * JDK proxies, aspects and the engine in between are skipped; a lambda goes by the method it is in), and the
     * innermost screen (a class named …View or …Layout) unless it is one of those two, e.g.
     * {@code "DraftingService.section ← ConflictRetry.inTransaction ← DraftView.load"}.
     */
    private static String caller() {
        List<String> frames = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(stack -> stack.filter(f -> f.getClassName().startsWith("com.reportflow.")
                                && !f.getClassName().startsWith(JdbcCounter.class.getName())
                                && !f.getClassName().contains("$$")
                                && !f.getClassName().contains(".$Proxy")
                                && !f.getDeclaringClass().isAnnotationPresent(Aspect.class))
                        .map(JdbcCounter::frameName)
                        .distinct()
                        .toList());
        List<String> shown = new ArrayList<>(frames.subList(0, Math.min(2, frames.size())));
        frames.stream()
                .filter(frame -> frame.matches("\\w+(View|Layout)\\..*"))
                .findFirst()
                .filter(screen -> !shown.contains(screen))
                .ifPresent(shown::add);
        return shown.isEmpty() ? "(outside the application's classes)" : String.join(" ← ", shown);
    }

    private static String frameName(StackWalker.StackFrame frame) {
        String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        String method = frame.getMethodName().replaceFirst("^lambda\\$(\\w+?)\\$\\d+$", "$1");
        return type + "." + method;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Object target, Class<?>[] interfaces, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(), interfaces, handler);
    }

    /** Delegates to the wrapped object; identity equality, so that a wrapper can be a map key (Spring binds by it). */
    private abstract static class Handler implements InvocationHandler {

        final Object target;

        Handler(Object target) {
            this.target = target;
        }

        @Override
        public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    if (method.getParameterCount() == 1) {
                        return proxy == args[0];
                    }
                }
                case "hashCode" -> {
                    if (method.getParameterCount() == 0) {
                        return System.identityHashCode(proxy);
                    }
                }
                case "toString" -> {
                    if (method.getParameterCount() == 0) {
                        return "counted " + target;
                    }
                }
                default -> {}
            }
            return handle(proxy, method, args);
        }

        abstract Object handle(Object proxy, Method method, Object[] args) throws Throwable;

        final Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private final class DataSourceHandler extends Handler {

        DataSourceHandler(DataSource target) {
            super(target);
        }

        @Override
        Object handle(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(method, args);
            if (method.getName().equals("getConnection") && result instanceof Connection connection) {
                if (counting()) {
                    synchronized (lock) {
                        checkouts++;
                    }
                }
                return wrap(connection, new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
            }
            return result;
        }
    }

    private final class ConnectionHandler extends Handler {

        ConnectionHandler(Connection target) {
            super(target);
        }

        @Override
        Object handle(Object proxy, Method method, Object[] args) throws Throwable {
            Connection connection = (Connection) target;
            String name = method.getName();
            if ((name.equals("commit") || (name.equals("rollback") && method.getParameterCount() == 0))
                    && !connection.getAutoCommit()
                    && counting()) {
                synchronized (lock) {
                    if (name.equals("commit")) {
                        jdbcCommits++;
                    } else {
                        jdbcRollbacks++;
                    }
                }
            }
            Object result = call(method, args);
            return switch (result) {
                case CallableStatement s ->
                    wrap(s, new Class<?>[] {CallableStatement.class}, new StatementHandler(s, proxy, (String) args[0]));
                case PreparedStatement s ->
                    wrap(s, new Class<?>[] {PreparedStatement.class}, new StatementHandler(s, proxy, (String) args[0]));
                case Statement s -> wrap(s, new Class<?>[] {Statement.class}, new StatementHandler(s, proxy, null));
                case null, default -> result;
            };
        }
    }

    private final class StatementHandler extends Handler {

        private final Object connection;
        private final String preparedSql;
        private final List<String> batch = new ArrayList<>();

        StatementHandler(Statement target, Object connection, String preparedSql) {
            super(target);
            this.connection = connection;
            this.preparedSql = preparedSql;
        }

        @Override
        Object handle(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection") && method.getParameterCount() == 0) {
                return connection;
            }
            if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String sql) {
                batch.add(sql);
            } else if (name.equals("clearBatch")) {
                batch.clear();
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                if (sql == null && !batch.isEmpty()) {
                    sql = String.join("; ", batch);
                }
                if (name.endsWith("Batch")) {
                    batch.clear();
                }
                statement(sql);
            }
            return call(method, args);
        }
    }

    /**
     * The SQL's first characters, for a table, its select list (up to the first FROM) shortened to "…" so that the
     * characters shown are the tables and the conditions: "select … from ACT_RU_TASK RES where …".
     */
    public static String abbreviate(String sql, int length) {
        String text = SELECT_LIST.matcher(sql).replaceFirst("$1 … $2 ");
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
