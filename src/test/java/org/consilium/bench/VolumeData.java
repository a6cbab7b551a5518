package org.consilium.bench;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the MariaDB database {@code consilium_volume} (dropped and created) with a city's worth of data
 * for measuring (README, "Volume data"). Arguments: the seed (default 1) and the number of families
 * (default 100 000); the same seed and number make the same data.
 */
public final class VolumeData {

    private static final Logger log = LoggerFactory.getLogger(VolumeData.class);

    private VolumeData() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int families = args.length > 1 ? Integer.parseInt(args[1]) : VolumeGenerator.Scale.CITY.families();
        ConfigurableApplicationContext ctx = Bench.start("consilium_volume", "?rewriteBatchedStatements=true");
        try {
            Instant t0 = Instant.now();
            VolumeGenerator.Made made = new VolumeGenerator(ctx.getBean(JdbcTemplate.class), seed)
                    .fill(new VolumeGenerator.Scale(families, families * 20));
            log.info("made {} in {} s", made, Duration.between(t0, Instant.now()).toSeconds());
        } finally {
            ctx.close();
        }
    }
}
