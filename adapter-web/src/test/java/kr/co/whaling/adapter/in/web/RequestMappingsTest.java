package kr.co.whaling.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every path of the API answers with and without a trailing slash (spec/api.md): the frontend sends both. */
class RequestMappingsTest extends WebSliceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_api_path_is_mapped_with_and_without_a_trailing_slash() {
        Set<String> apiPaths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            // The container's error page is no API path: the frontend never calls it.
            if (method.getBeanType().getPackageName().startsWith("kr.co.whaling")
                    && !ErrorController.class.isAssignableFrom(method.getBeanType())) {
                Set<String> paths = info.getPatternValues();
                for (String path : paths) {
                    String twin = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
                    assertThat(paths).as("%s %s", info.getMethodsCondition(), path).contains(twin);
                    apiPaths.add(path);
                }
            }
        });

        assertThat(apiPaths).contains("/auth/token/refresh/", "/votes/", "/votes/{id}/choice/",
                "/user/created-votes/", "/user/participated-votes/").hasSizeGreaterThanOrEqualTo(30);
    }
}
