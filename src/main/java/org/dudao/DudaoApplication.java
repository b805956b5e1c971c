package org.dudao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DudaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DudaoApplication.class, args);
    }
}
