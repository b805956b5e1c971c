package org.dudao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dudao: Spring Boot with the embedded Camunda engine, webapps and REST API. Scheduled work
 * (the notice dispatcher, Tasklist filter dates) is safe on several nodes sharing one database.
 */
@SpringBootApplication
@EnableScheduling
public class DudaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DudaoApplication.class, args);
    }
}
