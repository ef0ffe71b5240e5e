package kr.co.whaling.adapter.in.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration {@code @WebMvcTest} starts from: this module has no application of its own. */
@SpringBootApplication
public class WebTestApplication {
}
