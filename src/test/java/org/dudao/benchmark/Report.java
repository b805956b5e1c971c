package org.dudao.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's table: per database, each measure for the bare engine and Dudao, the ratio and the target. */
final class Report {

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    void fact(String name, String value) {
        facts.put(name, value);
    }

    Section section(String database) {
        Section section = new Section(database);
        sections.add(section);
        return section;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        facts.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
        for (Section section : sections) {
            out.append("\n### ").append(section.database).append("\n\n")
                    .append("| measure | bare engine | Dudao | Dudao / bare | target | met |\n|---|---|---|---|---|---|\n");
            section.rows.forEach((measure, row) -> out.append("| ").append(measure).append(" | ").append(row.bare)
                    .append(" | ").append(row.dudao).append(" | ").append(row.ratio).append(" | ").append(row.target)
                    .append(" | ").append(row.met).append(" |\n"));
            section.notes.forEach(note -> out.append("\n- ").append(note));
            out.append('\n');
        }
        return out.toString();
    }

    static final class Row {
        String bare = "";
        String dudao = "";
        String ratio = "";
        String target = "";
        String met = "";
        double bareValue = Double.NaN;
        double dudaoValue = Double.NaN;
    }

    static final class Section {
        final String database;
        final Map<String, Row> rows = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        Section(String database) {
            this.database = database;
        }

        private Row row(String measure) {
            return rows.computeIfAbsent(measure, m -> new Row());
        }

        void note(String note) {
            notes.add(note);
        }

        void bare(String measure, double value) {
            Row row = row(measure);
            row.bareValue = value;
            row.bare = number(value);
            judge(measure, row);
        }

        void dudao(String measure, double value) {
            Row row = row(measure);
            row.dudaoValue = value;
            row.dudao = number(value);
            judge(measure, row);
        }

        /** Throughput rows compare Dudao / bare against 0.77; heap rows each side against 512 MB. */
        private static void judge(String measure, Row row) {
            if (measure.startsWith("heap")) {
                row.target = "≤ 512";
                double worst = Math.max(nanToZero(row.bareValue), nanToZero(row.dudaoValue));
                row.met = worst <= 512 ? "yes" : "no";
                return;
            }
            if (!Double.isNaN(row.bareValue) && !Double.isNaN(row.dudaoValue)) {
                double ratio = row.dudaoValue / row.bareValue;
                row.ratio = String.format(Locale.ROOT, "%.2f", ratio);
                if (measure.startsWith("cases started") || measure.startsWith("whole lifecycles")) {
                    row.target = "≥ 0.77";
                    row.met = ratio >= 0.77 ? "yes" : "no";
                }
            }
        }

        void latency(String measure, Measures.Percentiles bare, Measures.Percentiles dudao) {
            Row row = row(measure + ", p50 / p95 / p99 ms");
            if (bare != null) {
                row.bare = bare.text();
            }
            if (dudao != null) {
                row.dudao = dudao.text();
                row.target = "p95 ≤ 50";
                row.met = dudao.p95() <= 50 ? "yes" : "no";
            }
        }

        void bareBurst(Burst.Outcome outcome) {
            Row row = row("burst of " + outcome.instances() + " deadlines: s until every urging notice is in the outbox (one node)");
            row.bareValue = outcome.secondsToNotices();
            row.bare = number(outcome.secondsToNotices());
            row(" … s until every job of the burst has run (one node)").bare = number(outcome.secondsToQuiet());
            row(" … notices lost / doubled, outbox rows (distinct keys), failed jobs").bare = integrity(outcome);
        }

        void dudaoBurst(String nodes, Burst.Outcome outcome) {
            Row row = row("burst of " + outcome.instances() + " deadlines: s until every urging notice is in the outbox (" + nodes + ")");
            row.dudaoValue = outcome.secondsToNotices();
            row.dudao = number(outcome.secondsToNotices());
            Row one = rows.get("burst of " + outcome.instances() + " deadlines: s until every urging notice is in the outbox (one node)");
            if (nodes.equals("one node") && !Double.isNaN(row.bareValue)) {
                double ratio = row.bareValue / row.dudaoValue;
                row.ratio = String.format(Locale.ROOT, "%.2f", ratio);
                row.target = "≥ 0.77 (bare time / Dudao time)";
                row.met = ratio >= 0.77 ? "yes" : "no";
            } else if (one != null && !Double.isNaN(one.dudaoValue)) {
                row.target = "≤ one node (" + number(one.dudaoValue) + ")";
                row.met = outcome.secondsToNotices() <= one.dudaoValue * 1.05 ? "yes" : "no";
            }
            row(" … s until every job of the burst has run (" + nodes + ")").dudao = number(outcome.secondsToQuiet());
            Row integrity = row(" … notices lost / doubled, outbox rows (distinct keys), failed jobs (" + nodes + ")");
            integrity.dudao = integrity(outcome);
            integrity.target = "0 lost, 0 doubled";
            boolean clean = outcome.notices() == outcome.instances() && outcome.doubled() == 0
                    && outcome.outboxRows() == outcome.distinctOutboxKeys() && outcome.failedJobs() == 0;
            integrity.met = clean ? "yes" : "no";
        }

        private static String integrity(Burst.Outcome outcome) {
            return String.format(Locale.ROOT, "%d / %d, %d (%d), %d", outcome.instances() - outcome.notices(), outcome.doubled(),
                    outcome.outboxRows(), outcome.distinctOutboxKeys(), outcome.failedJobs());
        }

        private static double nanToZero(double value) {
            return Double.isNaN(value) ? 0 : value;
        }

        private static String number(double value) {
            return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
