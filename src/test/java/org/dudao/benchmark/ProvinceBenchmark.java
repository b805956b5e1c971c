package org.dudao.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.dudao.DudaoApplication;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionKind;
import org.dudao.supervision.SupervisionMode;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dudao against the bare engine at province scale, on H2 and on MariaDB, in one run; prints the table of
 * {@code docs/benchmarks.md} and writes it to {@code target/benchmark/results.md}. Run with
 * {@code mvn -Pbenchmark verify} (never part of the normal build). Sizes are system properties
 * {@code dudao.bench.*}; the defaults are the full province.
 */
class ProvinceBenchmark {

    static final int THREADS = Integer.getInteger("dudao.bench.threads", 4);
    static final int STARTS = Integer.getInteger("dudao.bench.starts", 2_000);
    static final int LIFECYCLES = Integer.getInteger("dudao.bench.lifecycles", 200);
    static final int SCHOOLS = Integer.getInteger("dudao.bench.schools", 25_000);
    static final int INSPECTORS = Integer.getInteger("dudao.bench.inspectors", 5_000);
    static final int OPEN_TASKS = Integer.getInteger("dudao.bench.openTasks", 100_000);
    static final int HISTORIC_TASKS = Integer.getInteger("dudao.bench.historicTasks", 1_000_000);
    static final int BURST = Integer.getInteger("dudao.bench.burst", 10_000);
    /** Extra Spring arguments for the two-node burst only, e.g. fewer job threads per node. */
    static final String[] TWO_NODE_ARGS = AppNode.springArguments("dudao.bench.twoNodeArgs");
    static final int WARM_BURST = Integer.getInteger("dudao.bench.burstWarmup", 1_000);
    static final int REQUESTS = Integer.getInteger("dudao.bench.requests", 1_000);
    static final int WARMUP = Integer.getInteger("dudao.bench.warmup", 100);
    /** The engine's own task queries take seconds on H2 at this size: fewer samples of them. */
    static final int ENGINE_REQUESTS = Integer.getInteger("dudao.bench.engineRequests", 30);
    static final int SAMPLE_LIAISONS = 20;
    static final int ROUNDS = 4;
    /**
     * {@code overhead}, {@code nodes} (province data, lists, bursts) and {@code cleanup} (the history cleanup after the
     * one-node burst): all by default; fewer for profiling.
     */
    static final String PHASES = System.getProperty("dudao.bench.phases", "overhead,nodes,cleanup");
    static final Duration CLEANUP_TIMEOUT = Duration.ofMinutes(Integer.getInteger("dudao.bench.cleanupTimeoutMinutes", 10));
    static final String[] CLEANUP_ANY_TIME = {
            "--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime=00:00",
            "--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime=23:59"};
    static final Duration BURST_TIMEOUT = Duration.ofMinutes(Integer.getInteger("dudao.bench.burstTimeoutMinutes", 30));

    private final Report report = new Report();
    private String upwardUrl;

    @Test
    void provinceScaleAgainstTheBareEngine() throws Exception {
        HttpServer upward = upwardPlatform();
        try {
            report.fact("date", LocalDateTime.now().toString().substring(0, 16).replace('T', ' '));
            report.fact("machine", Runtime.getRuntime().availableProcessors() + " cores, " + loadAverage() + " (load at start)");
            report.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            report.fact("sizes", String.format(Locale.ROOT, "starts %d, lifecycles %d, %d threads; %d schools, %d inspectors, "
                    + "%d open tasks, %d historic tasks; burst %d; %d requests per list", STARTS, LIFECYCLES, THREADS, SCHOOLS,
                    INSPECTORS, OPEN_TASKS, HISTORIC_TASKS, BURST, REQUESTS));
            String which = System.getProperty("dudao.bench.db", "both");
            if (!which.equals("mariadb")) {
                run(BenchDatabase.Kind.H2);
            }
            if (!which.equals("h2")) {
                run(BenchDatabase.Kind.MARIADB);
            }
            report.fact("load at end", loadAverage());
        } finally {
            upward.stop(0);
            System.out.println(save());
        }
    }

    /** Writes the table so far to target/benchmark/results.md (a long run leaves its numbers even if cut short). */
    private String save() throws IOException {
        String table = report.markdown();
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "results.md"), table);
        return table;
    }

    private void run(BenchDatabase.Kind kind) throws Exception {
        BenchDatabase bareDb = new BenchDatabase(kind, "bare");
        BenchDatabase dudaoDb = new BenchDatabase(kind, "dudao");
        Report.Section section = report.section(dudaoDb.label());
        bareDb.create();
        dudaoDb.create();
        try {
            List<String> liaisonSchools;
            log("bare engine and Dudao in process on " + dudaoDb.label());
            try (HikariDataSource barePool = bareDb.pool("bare", 10, false);
                 BareEngine bare = BareEngine.start(barePool, upwardUrl, false);
                 ConfigurableApplicationContext dudao = dudaoInProcess(dudaoDb)) {
                LifecycleFixture fx = new LifecycleFixture(dudao);
                if (PHASES.contains("overhead")) {
                    overhead(bare, fx, section);
                    save();
                }
                if (!PHASES.contains("nodes")) {
                    return;
                }
                bareBurst(bare, barePool, section);
                save();
                liaisonSchools = province(dudaoDb, fx.engine, section);
            }
            dudaoNodes(dudaoDb, section, liaisonSchools);
        } finally {
            if (!Boolean.getBoolean("dudao.bench.keep")) {
                bareDb.drop();
                dudaoDb.drop();
            }
        }
    }

    private ConfigurableApplicationContext dudaoInProcess(BenchDatabase db) {
        List<String> args = new ArrayList<>();
        db.springProperties().forEach((k, v) -> args.add("--" + k + "=" + v));
        args.addAll(List.of("--server.port=0", "--dudao.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.admin-user.id=" + AppNode.ADMIN, "--camunda.bpm.admin-user.password=" + AppNode.PASSWORD,
                "--dudao.upward-report.url=" + upwardUrl, "--logging.level.root=WARN"));
        return new SpringApplicationBuilder(DudaoApplication.class).run(args.toArray(String[]::new));
    }

    // ---- overhead: both engines in this JVM, measured in alternating rounds so load from elsewhere hits both alike ----

    private void overhead(BareEngine bare, LifecycleFixture fx, Report.Section section) throws Exception {
        RuntimeService bareRuntime = bare.engine.getRuntimeService();
        AtomicLong keys = new AtomicLong(1);
        Runnable bareStart = () -> {
            long id = keys.getAndIncrement();
            bareRuntime.startProcessInstanceByKey("supervision-case", String.valueOf(id), Map.of("caseId", id));
        };
        LifecycleDriver bareDriver = new LifecycleDriver(bare.engine, "PS-000000", List.of("bare-lead", "bare-member"),
                key -> List.of(Long.valueOf(key)));
        Runnable bareLifecycle = () -> {
            long id = keys.getAndIncrement();
            bareRuntime.startProcessInstanceByKey("supervision-case", String.valueOf(id), Map.of("caseId", id));
            bareDriver.runToEnd(String.valueOf(id));
        };
        LifecycleDriver dudaoDriver = new LifecycleDriver(fx.engine, fx.code(fx.school), List.of(fx.lead, fx.member),
                key -> fx.cases.findings(Long.parseLong(key)).stream().map(FindingView::id).toList());
        Runnable dudaoStart = () -> fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, fx.school);
        Runnable dudaoLifecycle = () -> {
            CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, fx.school);
            dudaoDriver.runToEnd(String.valueOf(c.id()));
        };
        for (Runnable warmup : List.of(bareStart, dudaoStart)) {
            Measures.perSecond(THREADS, 50, i -> warmup.run());
        }
        for (Runnable warmup : List.of(bareLifecycle, dudaoLifecycle)) {
            Measures.perSecond(THREADS, 2 * THREADS, i -> warmup.run());
        }
        double[] starts = alternating(STARTS, bareStart, dudaoStart);
        section.bare("cases started / s", starts[0]);
        section.dudao("cases started / s", starts[1]);
        double[] lifecycles = alternating(LIFECYCLES, bareLifecycle, dudaoLifecycle);
        section.bare("whole lifecycles / s", lifecycles[0]);
        section.dudao("whole lifecycles / s", lifecycles[1]);
        section.dudao("heap after GC, MB (overhead phase: harness JVM holding both engines)", Measures.heapAfterGcMb());
    }

    /** {@code total} units each, in {@link #ROUNDS} rounds that alternate which side goes first; units per second of each. */
    private static double[] alternating(int total, Runnable bare, Runnable dudao) throws Exception {
        double bareSeconds = 0;
        double dudaoSeconds = 0;
        int perRound = Math.max(1, total / ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            boolean bareFirst = round % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean isBare = bareFirst == (side == 0);
                Runnable work = isBare ? bare : dudao;
                double seconds = perRound / Measures.perSecond(THREADS, perRound, i -> work.run());
                if (isBare) {
                    bareSeconds += seconds;
                } else {
                    dudaoSeconds += seconds;
                }
            }
        }
        return new double[] {perRound * ROUNDS / bareSeconds, perRound * ROUNDS / dudaoSeconds};
    }

    // ---- the bare engine's burst: the same rectification model, stand-in beans, the notice one JDBC outbox row ----

    private void bareBurst(BareEngine bare, HikariDataSource pool, Report.Section section) throws Exception {
        Burst.createTable(pool);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bench_outbox (idempotency_key varchar(150) not null primary key, created_at timestamp)");
        }
        RuntimeService runtime = bare.engine.getRuntimeService();
        List<String> instances = Collections.synchronizedList(new ArrayList<>());
        double opened = Measures.perSecond(THREADS, BURST, i -> instances.add(runtime
                .createProcessInstanceByKey("rectification").businessKey(String.valueOf(i))
                .setVariable("caseId", (long) i).setVariable("findingId", (long) i)
                .startBeforeActivity("BusinessRuleTask_DecideDeadlines").execute().getId()));
        section.bare("rectifications opened / s", opened);
        Burst.record(pool, "bare", instances, null);
        Burst.arm(pool, "bare");
        CpuTime cpu = new CpuTime().watch("harness JVM (bare engine)", ProcessHandle.current().pid());
        CpuTime.mariadbPid().ifPresent(pid -> cpu.watch("MariaDB", pid));
        cpu.start();
        long armedAt = System.nanoTime();
        ((ProcessEngineConfigurationImpl) bare.engine.getProcessEngineConfiguration()).getJobExecutor().start();
        Burst.Outcome outcome = Burst.await(pool, "bare", BURST, armedAt, "select count(*) from bench_outbox",
                "select count(*), count(distinct idempotency_key) from bench_outbox", "select count(*) from bench_outbox where 1 = 0",
                BURST_TIMEOUT);
        ((ProcessEngineConfigurationImpl) bare.engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        section.bareBurst(outcome);
        section.note("CPU during the bare engine's burst: " + cpu.stop());
    }

    // ---- the province: registry, open and historic tasks, and the burst's rectification processes ----

    private List<String> province(BenchDatabase db, ProcessEngine engine, Report.Section section) throws Exception {
        try (HikariDataSource bulk = db.pool("bulk", 4, true)) {
            Burst.createTable(bulk);
            ProvinceData data = new ProvinceData(bulk);
            long t0 = System.nanoTime();
            data.registry(SCHOOLS, INSPECTORS);
            section.note(String.format(Locale.ROOT, "registry of %,d schools and %,d inspectors loaded in %.0f s",
                    SCHOOLS, INSPECTORS, seconds(t0)));
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("rectification").latestVersion().singleResult().getId();

            // the burst's rectification processes, started through the real model and beans
            RuntimeService runtime = engine.getRuntimeService();
            List<String> sets = db.kind == BenchDatabase.Kind.MARIADB ? List.of("one-node", "two-nodes") : List.of("one-node");
            List<String> warmSets = sets.stream().map(set -> "warm-" + set).toList();
            List<String> allSets = new ArrayList<>(sets);
            allSets.addAll(warmSets);
            int firstSchool = 0;
            for (int s = 0; s < allSets.size(); s++) {
                int size = burstSize(allSets.get(s));
                List<long[]> findings = data.casesInRectification(size, firstSchool, "省级基准整改 " + allSets.get(s));
                List<String> instances = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(findings.size(), "")));
                double opened = Measures.perSecond(THREADS, findings.size(), i -> instances.set(i, runtime
                        .createProcessInstanceByKey("rectification").businessKey(String.valueOf(findings.get(i)[1]))
                        .setVariable("caseId", findings.get(i)[1]).setVariable("findingId", findings.get(i)[0])
                        .startBeforeActivity("BusinessRuleTask_DecideDeadlines").execute().getId()));
                if (s == 0) {
                    section.dudao("rectifications opened / s", opened);
                }
                Burst.record(bulk, allSets.get(s), instances, findings.stream().map(f -> f[1]).toList());
                firstSchool += size;
            }

            long open = engine.getTaskService().createTaskQuery().count();
            t0 = System.nanoTime();
            data.openTasks((int) Math.max(0, OPEN_TASKS - open), definition, 10);
            data.history(HISTORIC_TASKS, definition);
            section.note(String.format(Locale.ROOT, "%,d open tasks (%,d through the engine, the rest bulk) and %,d historic "
                    + "tasks loaded in %.0f s", Math.max(OPEN_TASKS, open), open, HISTORIC_TASKS, seconds(t0)));

            // users: the office, and liaisons of sample schools (with real tasks from the burst and bulk ones)
            IdentityService identity = engine.getIdentityService();
            user(identity, "bench-office", "office");
            List<String> schools = new ArrayList<>();
            for (int i = 0; i < SAMPLE_LIAISONS; i++) {
                String code = data.schoolCodes.get((i * 977) % Math.min(BURST, data.schoolCodes.size()));
                schools.add(code);
                user(identity, "bench-liaison-" + i, ProvinceData.groupOf(code));
            }
            return schools;
        }
    }

    private static void user(IdentityService identity, String id, String group) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            identity.saveGroup(identity.newGroup(group));
        }
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("bench");
        user.setPassword(AppNode.PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    // ---- Dudao as its own JVM(s), from the jar ----

    private void dudaoNodes(BenchDatabase db, Report.Section section, List<String> liaisonSchools) throws Exception {
        log("Dudao node(s) on " + db.label());
        // the history cleanup's batch window spans the whole day here, so its rate can be measured at any hour
        try (AppNode node = AppNode.start("node1", db, upwardUrl, CLEANUP_ANY_TIME)) {
            node.awaitUp(Duration.ofMinutes(5));
            // the harness connects only once the node is up: on H2 the first JVM to open the file serves it, and that
            // must be the node, embedded as in production (with the harness serving it, every statement of the node
            // went over TCP to the harness: 2,000 notices 56.4 s, harness 32 CPU-s; docs/benchmarks.md)
            try (HikariDataSource pool = db.pool("observer", 2, false)) {
                lists(node, section, liaisonSchools);
                save();
                section.dudao("heap after GC, MB (scale, one node)", node.heapAfterGcMb());
                warmUp(pool, "warm-one-node");
                CpuTime cpu = cpu(node);
                section.dudaoBurst("one node", dudaoBurst(pool, "one-node"));
                section.note("CPU during the one-node burst: " + cpu.stop());
                save();
                section.dudao("heap after GC, MB (burst, one node)", node.heapAfterGcMb());
                if (PHASES.contains("cleanup")) {
                    historyCleanup(node, pool, section);
                    save();
                }
            }
        }
        if (db.kind == BenchDatabase.Kind.MARIADB) {
            try (AppNode node1 = AppNode.start("node1", db, upwardUrl, TWO_NODE_ARGS);
                 AppNode node2 = AppNode.start("node2", db, upwardUrl, TWO_NODE_ARGS);
                 HikariDataSource pool = db.pool("observer", 2, false)) {
                node1.awaitUp(Duration.ofMinutes(5));
                node2.awaitUp(Duration.ofMinutes(5));
                warmUp(pool, "warm-two-nodes");
                CpuTime cpu = cpu(node1, node2);
                section.dudaoBurst("two nodes", dudaoBurst(pool, "two-nodes"));
                section.note("CPU during the two-node burst: " + cpu.stop());
                section.dudao("heap after GC, MB (burst, two nodes)", Math.max(node1.heapAfterGcMb(), node2.heapAfterGcMb()));
            }
        } else {
            section.note("two nodes: not measured on H2 (an H2 file is one node's database)");
        }
    }

    /**
     * The history cleanup at province scale: the bulk history (200,000 ended instances, 1,000,000 tasks) is made due
     * by moving its removal time to yesterday, the cleanup is started over REST as the administrator would, and the
     * harness counts the rows left every second. The engine's own settings: removal-time strategy, batch size 500,
     * one cleanup job.
     */
    private void historyCleanup(AppNode node, HikariDataSource pool, Report.Section section) throws Exception {
        Timestamp yesterday = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
        int instances;
        int tasks;
        try (Connection c = pool.getConnection();
             PreparedStatement dueInstances = c.prepareStatement("update ACT_HI_PROCINST set REMOVAL_TIME_ = ? where ID_ like 'bench-hpi-%'");
             PreparedStatement dueTasks = c.prepareStatement("update ACT_HI_TASKINST set REMOVAL_TIME_ = ? where ID_ like 'bench-htask-%'")) {
            dueInstances.setTimestamp(1, yesterday);
            instances = dueInstances.executeUpdate();
            dueTasks.setTimestamp(1, yesterday);
            tasks = dueTasks.executeUpdate();
        }
        String basic = Base64.getEncoder().encodeToString((AppNode.ADMIN + ":" + AppNode.PASSWORD).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        HttpResponse<String> cleanup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.baseUrl() + "/engine-rest/history/cleanup?immediatelyDue=true"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cleanup.statusCode()).as("history cleanup started: %s", cleanup.body()).isEqualTo(200);
        long deadline = started + CLEANUP_TIMEOUT.toNanos();
        long left = instances + (long) tasks;
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            left = count(pool, "select count(*) from ACT_HI_PROCINST where ID_ like 'bench-hpi-%'")
                    + count(pool, "select count(*) from ACT_HI_TASKINST where ID_ like 'bench-htask-%'");
        }
        double seconds = seconds(started);
        long removed = instances + (long) tasks - left;
        String measure = String.format(Locale.ROOT, "history cleanup: %,d ended instances and %,d tasks past removal time, "
                + "rows removed per second (one node)", instances, tasks);
        section.dudao(measure, removed / seconds);
        section.note(String.format(Locale.ROOT, "history cleanup: %,d of %,d rows removed in %.0f s%s", removed,
                instances + (long) tasks, seconds, left > 0 ? " (stopped after " + CLEANUP_TIMEOUT.toMinutes() + " min)" : ""));
    }

    private static long count(HikariDataSource pool, String sql) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static CpuTime cpu(AppNode... nodes) {
        CpuTime cpu = new CpuTime();
        for (AppNode node : nodes) {
            cpu.watch(node.name, node.pid());
        }
        CpuTime.mariadbPid().ifPresent(pid -> cpu.watch("MariaDB", pid));
        // the harness polls the outbox; on H2 it would also be the database server if it had opened the file first
        cpu.watch("harness", ProcessHandle.current().pid());
        return cpu.start();
    }

    /**
     * A measured burst has the profile's size; a warm-up burst gives each node as many notices as the one node got,
     * since every fresh JVM compiles the burst's code paths itself (two fresh nodes warmed with half as much each
     * spent the measured burst compiling: JFR, docs/benchmarks.md).
     */
    private static int burstSize(String set) {
        return set.startsWith("warm-") ? WARM_BURST * (set.endsWith("two-nodes") ? 2 : 1) : BURST;
    }

    /**
     * A small burst before the measured one, so the nodes' JIT has compiled the burst's code paths as in a node that
     * has run for a while (the bare engine in the harness is warm from the overhead phase); not measured.
     */
    private static void warmUp(HikariDataSource pool, String set) throws Exception {
        Burst.Outcome warm = burst(pool, set, burstSize(set));
        log(String.format(Locale.ROOT, "warm-up burst %s: %d notices in %.0f s", set, warm.notices(), warm.secondsToNotices()));
    }

    private static Burst.Outcome dudaoBurst(HikariDataSource pool, String set) throws Exception {
        return burst(pool, set, BURST);
    }

    private static Burst.Outcome burst(HikariDataSource pool, String set, int size) throws Exception {
        int armed = Burst.arm(pool, set);
        assertThat(armed).as("plan-overdue timers of " + set).isEqualTo(size);
        long armedAt = System.nanoTime();
        String ofSet = " join bench_burst b on b.case_id = n.case_id where b.set_name = ? and n.kind = 'URGING_NOTICE'";
        return Burst.await(pool, set, size, armedAt, "select count(*) from notice n" + ofSet,
                "select count(*), count(distinct d.idempotency_key) from notice_delivery d join notice n on n.id = d.notice_id" + ofSet,
                "select count(*) from notice n" + ofSet + " and n.idempotency_key not like '%:step-1'", BURST_TIMEOUT);
    }

    /** The liaison's and the office's lists over REST, next to the engine's own task query. */
    private void lists(AppNode node, Report.Section section, List<String> schools) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = node.baseUrl();
        Measures.Percentiles mine = Measures.latency(client, i -> base + "/api/tasks?view=MINE&size=50",
                i -> "bench-liaison-" + (i % schools.size()), AppNode.PASSWORD, WARMUP, REQUESTS, (i, body) -> {
                    String school = schools.get(i % schools.size());
                    assertThat(body).as("the liaison of %s sees tasks", school).contains("\"id\"");
                    onlyUnit(body, "测试学校" + Integer.parseInt(school.substring(3)) + " ·");
                });
        section.latency("liaison's task list (`/api/tasks?view=MINE`)", null, mine);
        Measures.Percentiles overdue = Measures.latency(client, i -> base + "/api/tasks?view=OVERDUE&size=50",
                i -> "bench-office", AppNode.PASSWORD, WARMUP, REQUESTS,
                (i, body) -> assertThat(body).contains("\"overdue\":true").doesNotContain("\"overdue\":false"));
        section.latency("office's overdue list (`/api/tasks?view=OVERDUE`)", null, overdue);

        Measures.Percentiles engineGroup = Measures.latency(client, i -> base + "/engine-rest/task?candidateGroup="
                        + ProvinceData.groupOf(schools.get(i % schools.size())) + "&sortBy=dueDate&sortOrder=asc&maxResults=50",
                i -> AppNode.ADMIN, AppNode.PASSWORD, 3, ENGINE_REQUESTS,
                (i, body) -> assertThat(body).startsWith("["));
        section.latency("liaison's list as the engine's candidate-group query (`/engine-rest/task`)", engineGroup, null);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        Measures.Percentiles engineOverdue = Measures.latency(client, i -> base + "/engine-rest/task?dueBefore="
                        + URLEncoder.encode(iso.format(new Date()), StandardCharsets.UTF_8) + "&sortBy=dueDate&sortOrder=asc&maxResults=50",
                i -> AppNode.ADMIN, AppNode.PASSWORD, 3, ENGINE_REQUESTS,
                (i, body) -> assertThat(body).startsWith("["));
        section.latency("overdue list as the engine's task query (`/engine-rest/task?dueBefore`)", engineOverdue, null);
    }

    /** Per-unit access: every task a liaison sees belongs to the liaison's own school. */
    private static void onlyUnit(String body, String unitMarker) {
        for (String item : body.split("\\{\"id\"")) {
            if (item.contains("\"name\"")) {
                assertThat(item).as("a task outside the liaison's unit").contains(unitMarker);
            }
        }
    }

    // ---- helpers ----

    private HttpServer upwardPlatform() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/reports", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        upwardUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/reports";
        return server;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String message) {
        System.out.println("[benchmark " + LocalDate.now() + " " + java.time.LocalTime.now().withNano(0) + "] " + message
                + " (" + loadAverage() + ")");
    }

}
