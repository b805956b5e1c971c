package org.dudao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One database of the benchmark: an H2 file under {@code target/benchmark/h2}, or a database
 * {@code dudao_bench_<name>} on the local MariaDB (root, no password) that the run creates and drops.
 */
final class BenchDatabase {

    enum Kind { H2, MARIADB }

    static final String MARIADB_SERVER = System.getProperty("dudao.bench.mariadb", "127.0.0.1:3306");

    final Kind kind;
    final String name;

    BenchDatabase(Kind kind, String name) {
        this.kind = kind;
        this.name = "dudao_bench_" + name;
    }

    String label() {
        return kind == Kind.H2 ? "H2 (file)" : "MariaDB";
    }

    /** The URL the application uses (README's production URL on MariaDB; H2 reachable from several JVMs). */
    String url() {
        if (kind == Kind.H2) {
            return "jdbc:h2:file:" + h2File().toAbsolutePath() + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=256";
        }
        return "jdbc:mysql://" + MARIADB_SERVER + "/" + name
                + "?sendFractionalSeconds=false&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** The URL of the harness's bulk loads: MariaDB rewrites a JDBC batch into multi-row inserts. */
    String bulkUrl() {
        return kind == Kind.H2 ? url() : url() + "&rewriteBatchedStatements=true";
    }

    String user() {
        return kind == Kind.H2 ? "sa" : "root";
    }

    private Path h2File() {
        return Path.of("target", "benchmark", "h2", name);
    }

    void create() throws SQLException, IOException {
        drop();
        if (kind == Kind.MARIADB) {
            try (Connection c = server(); Statement s = c.createStatement()) {
                s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_bin");
            }
        } else {
            Files.createDirectories(h2File().getParent());
        }
    }

    void drop() throws SQLException, IOException {
        if (kind == Kind.MARIADB) {
            try (Connection c = server(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name);
            }
        } else {
            for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
                Files.deleteIfExists(Path.of(h2File() + suffix));
            }
        }
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + MARIADB_SERVER + "/?useSSL=false&allowPublicKeyRetrieval=true",
                "root", "");
    }

    /** A pool like the application's (Hikari, READ COMMITTED as Camunda requires). */
    HikariDataSource pool(String poolName, int size, boolean bulk) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(bulk ? bulkUrl() : url());
        config.setUsername(user());
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (kind == Kind.MARIADB) {
            config.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
            // as application-mysql.yaml: the bare engine gets the same statement cache as Dudao
            config.addDataSourceProperty("cachePrepStmts", "true");
            config.addDataSourceProperty("prepStmtCacheSize", "500");
            config.addDataSourceProperty("prepStmtCacheSqlLimit", "8192");
        }
        return new HikariDataSource(config);
    }

    /** Spring properties of an in-process Dudao on this database. */
    Map<String, Object> springProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url());
        p.put("spring.datasource.username", user());
        p.put("spring.datasource.password", "");
        if (kind == Kind.MARIADB) {
            p.put("spring.profiles.active", "mysql,mariadb");
        }
        return p;
    }

    /** Environment and arguments of a Dudao JVM started from the jar, as README's production install does. */
    Map<String, String> appEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (kind == Kind.MARIADB) {
            env.put("SPRING_PROFILES_ACTIVE", "mysql,mariadb");
            env.put("DUDAO_DB_URL", url());
            env.put("DUDAO_DB_USER", user());
            env.put("DUDAO_DB_PASSWORD", "");
        }
        return env;
    }

    List<String> appArguments() {
        List<String> args = new ArrayList<>();
        if (kind == Kind.H2) {
            args.add("--spring.datasource.url=" + url());
        }
        return args;
    }
}
