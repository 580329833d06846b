package org.aaregistry.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aaregistry.it.Api;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.Reply;

/**
 * Loads a demo cohort into one site as {@code bin/registry demo} does — requests of 10,000 patients, two at a time,
 * through {@code POST /api/v1/demo-cohorts} — timing it and sampling the API server's memory (resident set of the
 * Payara Micro process the launcher started, and its heap in use, garbage not yet collected included) every 15 s,
 * so that a load whose memory grows with its size would show.
 */
final class DemoLoad {

    private static final int CHUNK = 10_000;
    private static final int WORKERS = 2;

    private final Api api;

    /** What a load took. */
    record Result(long created, long records, double seconds, List<Long> residentMb, List<Long> heapMb) {}

    DemoLoad(Api api) {
        this.api = api;
    }

    Result load(String site, long seed, int patients) throws Exception {
        List<Long> resident = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> heap = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        String pid = Files.readString(Path.of("var/run/payara.pid")).trim();
        sampler.scheduleAtFixedRate(() -> sample(pid, resident, heap), 0, 15, TimeUnit.SECONDS);
        AtomicLong created = new AtomicLong();
        AtomicLong records = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> chunks = new ArrayList<>();
        for (int first = 0; first < patients; first += CHUNK) {
            int from = first;
            int count = Math.min(CHUNK, patients - first);
            chunks.add(workers.submit(() -> {
                String body = "{\"seed\":" + seed + ",\"first\":" + from + ",\"patients\":" + count + ",\"site\":\""
                        + site + "\"}";
                Reply reply = api.post("api/v1/demo-cohorts", token(), body);
                if (reply.status() != 200) {
                    throw new IllegalStateException("demo load refused: " + reply);
                }
                created.addAndGet(reply.json().get("created").asLong());
                records.addAndGet(reply.json().get("records").asLong());
                return null;
            }));
        }
        for (Future<?> chunk : chunks) {
            chunk.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        sampler.shutdownNow();
        return new Result(created.get(), records.get(), seconds, resident, heap);
    }

    /** One token at a time: Keycloak takes simultaneous password grants of one user for an attack. */
    private static synchronized String token() {
        return Keycloak.token("demo-loader");
    }

    private static void sample(String pid, List<Long> resident, List<Long> heap) {
        try {
            Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .ifPresent(line -> resident.add(Long.parseLong(line.replaceAll("\\D", "")) / 1024));
            Process jcmd = new ProcessBuilder("jcmd", pid, "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            java.util.regex.Matcher used =
                    java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            if (used.find()) {
                heap.add(Long.parseLong(used.group(1)) / 1024);
            }
        } catch (IOException | RuntimeException e) {
            // a missed sample; the others still show the trend
        }
    }
}
