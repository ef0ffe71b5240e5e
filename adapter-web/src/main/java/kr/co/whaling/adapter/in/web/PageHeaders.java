package kr.co.whaling.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A listing's {@code X-Total-Count} and RFC 8288 {@code Link} ({@code next}, {@code prev}) headers. */
final class PageHeaders {

    static HttpHeaders of(Page<?> page) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", Long.toString(page.total()));
        PageRequest request = page.request();
        List<String> links = new ArrayList<>();
        if (page.hasNext() && request.size() > PageRequest.MAX_SIZE) {
            // The first items of a listing fetched whole: go on with the largest page that lines up with them.
            int size = largestPageSizeDividing(request.size());
            links.add(link(request.size() / size, size, "next"));
        } else if (page.hasNext()) {
            links.add(link(request.page() + 1, request.size(), "next"));
        }
        if (page.hasPrevious()) {
            // Past the end, "prev" points to the last page that has items, not to another empty one.
            long lastPage = Math.max(0, (page.total() - 1) / request.size());
            links.add(link((int) Math.min(request.page() - 1L, lastPage), request.size(), "prev"));
        }
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, String.join(", ", links));
        }
        return headers;
    }

    private static int largestPageSizeDividing(int items) {
        int size = PageRequest.MAX_SIZE;
        while (items % size != 0) {
            size--;
        }
        return size;
    }

    private static String link(int page, int size, String relation) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
