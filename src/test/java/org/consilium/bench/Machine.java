package org.consilium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;

/**
 * The processes a measurement looks at, read from Linux's {@code /proc}: their CPU time, the portal's
 * JVM and the MariaDB server found by their command lines, and whether another benchmark or test run
 * is busy on the machine.
 */
final class Machine {

    /** Linux's clock ticks per second for the CPU times in {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}). */
    private static final double TICKS_PER_SECOND = 100;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private Machine() {
    }

    /** The CPU time the portal, MariaDB and the driver had used at one moment. */
    record Cpu(long atNanos, long portalTicks, long databaseTicks, long driverTicks) {

        String portalShare(Cpu later) {
            return share(later.portalTicks - portalTicks, later.atNanos - atNanos);
        }

        String databaseShare(Cpu later) {
            return share(later.databaseTicks - databaseTicks, later.atNanos - atNanos);
        }

        String driverShare(Cpu later) {
            return share(later.driverTicks - driverTicks, later.atNanos - atNanos);
        }

        /** CPU time as a share of all the machine's cores over the time between the two readings. */
        private static String share(long ticks, long nanos) {
            double used = ticks / TICKS_PER_SECOND;
            return String.format("%.0f %%", 100 * used / (nanos / 1e9 * CORES));
        }
    }

    static Cpu cpu(long portal, long database) {
        return new Cpu(System.nanoTime(), ticks(portal), ticks(database), ticks(ProcessHandle.current().pid()));
    }

    /** User plus system CPU time of a process, in clock ticks (fields 14 and 15 of its stat line). */
    static long ticks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }

    /** The first process whose command line passes the test. */
    static Optional<Long> find(Predicate<String> commandLine) {
        return pids().filter(pid -> commandLine.test(commandLine(pid))).findFirst();
    }

    /** The MariaDB server, by the name of its program. */
    static Optional<Long> database() {
        return pids().filter(pid -> {
            String name = read(Path.of("/proc", String.valueOf(pid), "comm")).trim();
            return name.equals("mariadbd") || name.equals("mysqld");
        }).findFirst();
    }

    /**
     * Waits, looking every 30 s, until no other benchmark (a class of {@code org.consilium.bench}) and no
     * test run (Maven's surefire) is running, so that measurements do not share the two cores.
     */
    static void waitUntilQuiet(Logger log) throws InterruptedException {
        Set<Long> mine = new HashSet<>();
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            mine.add(p.get().pid());
        }
        while (true) {
            List<Long> busy = pids().filter(pid -> !mine.contains(pid)).filter(pid -> {
                String line = commandLine(pid);
                return line.contains("org.consilium.bench") || line.contains("surefire");
            }).toList();
            if (busy.isEmpty()) {
                return;
            }
            log.info("waiting: another benchmark or test run is busy (processes {})", busy);
            Thread.sleep(30_000);
        }
    }

    private static Stream<Long> pids() {
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf).sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    private static String commandLine(long pid) {
        return read(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ');
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the process has ended since the listing
            return "";
        }
    }
}
