package kr.co.whaling.adapter.out.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Test support recording every SQL statement the current thread sends to the database while
 * {@link #record(Runnable)} runs: the context's {@link DataSource} is wrapped in JDK proxies (data
 * source, connection, statement) that note each {@code execute*} call, whoever makes it: Hibernate,
 * Spring Data or {@code JdbcTemplate}. Import {@link Configuration} into a test to install it.
 *
 * <p>Driver-internal round trips (commit, auto-commit and read-only switches) are not statements
 * and are not counted; a batch counts once per {@code executeBatch}.
 */
final class StatementRecorder {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> PREPARATIONS = Set.of("prepareStatement", "prepareCall");

    /** The statements of the recording in progress on this thread; null when not recording. */
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementRecorder() {
    }

    /** Runs {@code work} and returns the SQL of every statement it executed, in order. */
    static List<String> record(Runnable work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return List.copyOf(statements);
    }

    /** Wraps a data source so that the statements made through it can be recorded. */
    static DataSource recording(DataSource target) {
        return proxy(target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection && method.getName().equals("getConnection")
                    ? recording(connection) : result;
        });
    }

    private static Connection recording(Connection target) {
        return proxy(target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                String sql = PREPARATIONS.contains(method.getName()) ? (String) args[0] : null;
                return recording(statement, sql);
            }
            return result;
        });
    }

    private static Statement recording(Statement target, String preparedSql) {
        return proxy(target, (proxy, method, args) -> {
            List<String> statements = RECORDING.get();
            if (statements != null && EXECUTIONS.contains(method.getName())) {
                statements.add(preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String sql ? sql : "<batch>");
            }
            return invoke(target, method, args);
        });
    }

    /**
     * A proxy exposing every interface of the target: a prepared statement stays a
     * {@link java.sql.PreparedStatement}, and a pool stays {@code Closeable}, so its context still shuts it down.
     */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                ClassUtils.getAllInterfaces(target), handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** Installs the recorder around the context's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        /** Static: a post-processor must exist before the beans it processes, the data source among them. */
        @Bean
        static BeanPostProcessor statementRecordingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Proxy)
                            ? recording(dataSource) : bean;
                }
            };
        }
    }
}
