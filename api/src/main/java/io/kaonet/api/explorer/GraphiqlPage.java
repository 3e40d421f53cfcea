package io.kaonet.api.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphiQL at {@code /graphiql}, served entirely from the application: the page and its start script
 * from {@code classpath:graphiql/}, GraphiQL, React and ReactDOM from their WebJars under
 * {@code /webjars/}, so that it works on a machine without internet. Spring for GraphQL's own
 * GraphiQL page loads them from a CDN and is turned off ({@code spring.graphql.graphiql.enabled}).
 * {@code kaonet.graphiql.enabled=false} removes the page.
 */
@Configuration(proxyBeanMethods = false)
@RestController
@ConditionalOnProperty(name = "kaonet.graphiql.enabled", havingValue = "true", matchIfMissing = true)
public class GraphiqlPage {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    @GetMapping(path = {"/graphiql", "/graphiql/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<ClassPathResource> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(new ClassPathResource("graphiql/index.html"));
    }

    @GetMapping(path = "/graphiql/start.js")
    ResponseEntity<ClassPathResource> startScript() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).body(new ClassPathResource("graphiql/start.js"));
    }
}
