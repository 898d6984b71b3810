package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint and the actuator's health check: what any Spring Boot web service starts with. Started as the services
 * are: from its ahead-of-time processed context, which its build makes too (a configuration with no choices to make).
 */
@SpringBootApplication
@RestController
public class MinimalApplication {

    public static void main(String[] args) {
        if (System.getProperty("spring.aot.enabled") == null && !Boolean.getBoolean("spring.aot.processing")) {
            System.setProperty("spring.aot.enabled", "true");
        }
        SpringApplication.run(MinimalApplication.class, args);
    }

    @GetMapping("/")
    String hello() {
        return "hello";
    }
}
