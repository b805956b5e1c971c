package org.dudao;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the test run from the system property {@code dudao.test.db}:
 * {@code h2} (default, in memory), {@code mariadb} or {@code mysql} (a real server named by
 * {@code DUDAO_DB_URL}, {@code DUDAO_DB_USER}, {@code DUDAO_DB_PASSWORD}). The {@code test}
 * profile comes last so its settings win.
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return switch (database()) {
            case "h2" -> new String[] {"h2mem", "test"};
            case "mysql" -> new String[] {"mysql", "test"};
            case "mariadb" -> new String[] {"mysql", "mariadb", "test"};
            default -> throw new IllegalArgumentException("dudao.test.db must be h2, mysql or mariadb");
        };
    }

    public static String database() {
        return System.getProperty("dudao.test.db", "h2");
    }
}
