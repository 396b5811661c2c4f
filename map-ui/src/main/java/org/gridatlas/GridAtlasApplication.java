package org.gridatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The deployable: command side, query side and map UI in one process. It sits
 * in the root package so that scanning finds the features of every module.
 */
@SpringBootApplication
public class GridAtlasApplication {

    public static void main(String[] args) {
        // Axon otherwise reports usage to AxonIQ's servers; a district's system does not call abroad.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(GridAtlasApplication.class, args);
    }
}
