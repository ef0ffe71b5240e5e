package kr.co.whaling.adapter.in.web.error;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ProblemJsonErrorReportValve} in place of the host's error report valves, Boot's included,
 * and names it the host's valve class so that Tomcat does not add its HTML one back at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorReportConfiguration {

    /** Unordered, so it runs after Boot's own Tomcat customizer (order 0), which adds an HTML report valve. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReport(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemJsonErrorReportValve(messages));
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
            }
        });
    }
}
