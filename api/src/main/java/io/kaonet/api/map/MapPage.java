package io.kaonet.api.map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the map page ({@code static/map/}) at {@code /map}: the address redirects to {@code /map/} so
 * that the page's relative links to its scripts, the library and {@code ../graphql} resolve.
 */
@Configuration(proxyBeanMethods = false)
public class MapPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/map", "/map/");
        registry.addViewController("/map/").setViewName("forward:/map/index.html");
    }
}
