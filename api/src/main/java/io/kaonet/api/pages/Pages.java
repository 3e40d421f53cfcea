package io.kaonet.api.pages;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the pages ({@code static/<folder>/index.html}) at {@code /<folder>}: the address redirects to
 * {@code /<folder>/} so that the page's relative links to its scripts, the shared {@code ../common/}
 * files, the libraries under {@code ../webjars/} and {@code ../graphql} resolve. Other files of a
 * folder (e.g. {@code /workspace/actor.html}) are served as they are. See docs/pages.md.
 */
@Configuration(proxyBeanMethods = false)
public class Pages implements WebMvcConfigurer {

    /** The page folders under {@code static/} that have an {@code index.html}. */
    static final List<String> FOLDERS = List.of("map", "workspace", "dashboard");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addRedirectViewController("/" + folder, "/" + folder + "/");
            registry.addViewController("/" + folder + "/").setViewName("forward:/" + folder + "/index.html");
        }
    }
}
