package org.dudao.faults;

/**
 * Full or reduced form of the fault tests ({@code -Ddudao.faults.form}). The full form (the {@code faults}
 * profile's default) uses a county-sized burst and restarts MariaDB; the reduced form (CI) a small burst,
 * so the four tests stay within a few minutes, and restarts MariaDB only with
 * {@code -Ddudao.faults.restart-database=true} (the server may be shared with other work).
 */
record FaultForm(String name, int findings, boolean restartsDatabase) {

    static FaultForm current() {
        String name = System.getProperty("dudao.faults.form", "reduced");
        boolean full = "full".equals(name);
        int findings = Integer.getInteger("dudao.faults.findings", full ? 1000 : 60);
        boolean restart = Boolean.parseBoolean(System.getProperty("dudao.faults.restart-database", String.valueOf(full)));
        return new FaultForm(name, findings, restart);
    }
}
