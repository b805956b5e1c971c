package org.dudao.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fresh MariaDB database of the local server (127.0.0.1:3306, root without password, as `.ci/run`
 * sets it up), created for one fault test and dropped afterwards. Queries read the app's tables
 * directly: what the nodes wrote is the evidence.
 */
final class FaultDatabase implements AutoCloseable {

    static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String OPTIONS = "?sendFractionalSeconds=false&characterEncoding=UTF-8&useSSL=false"
            + "&allowPublicKeyRetrieval=true&connectTimeout=5000";

    final String name;

    FaultDatabase(String scenario) throws SQLException {
        this.name = "dudao_fault_" + scenario + "_" + System.currentTimeMillis();
        execute(SERVER + OPTIONS, "create database `" + name + "` character set utf8mb4 collate utf8mb4_bin");
    }

    String url() {
        return SERVER + name + OPTIONS;
    }

    long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Two-column query: first column as key, second as count. */
    Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return counts;
    }

    /** Whether the server answers at all (it does not while a restart is under way). */
    static boolean serverUp() {
        try (Connection connection = DriverManager.getConnection(SERVER + OPTIONS, "root", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute(SERVER + OPTIONS, "drop database if exists `" + name + "`");
    }
}
