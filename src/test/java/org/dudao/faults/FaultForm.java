package org.dudao.faults;

/**
 * Full or reduced form of the fault tests ({@code -Ddudao.faults.form}). The full form (the {@code faults}
 * profile's default) escalates hundreds of findings per scenario and restarts MariaDB; the reduced form
 * (CI) one case of 20 findings per scenario, and restarts MariaDB only with
 * {@code -Ddudao.faults.restart-database=true} (the local server may be shared with other work).
 */
record FaultForm(String name, int findings, int unitsPerCase, int findingsPerUnit, boolean restartsDatabase) {

    static FaultForm current() {
        String name = System.getProperty("dudao.faults.form", "reduced");
        boolean full = "full".equals(name);
        int findings = Integer.getInteger("dudao.faults.findings", full ? 300 : 20);
        boolean restart = Boolean.parseBoolean(System.getProperty("dudao.faults.restart-database", String.valueOf(full)));
        // a county case rarely names more than ten units; 100 findings in one case is the office's worst day
        return full ? new FaultForm(name, findings, 10, 10, restart) : new FaultForm(name, findings, 5, 4, restart);
    }

    /** The largest burst: the kill scenario, with twice the findings of the others in the full form. */
    int crashFindings() {
        return "full".equals(name) ? findings * 2 : findings;
    }
}
