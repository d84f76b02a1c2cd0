package org.throughline.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies, for black-box checks of what the server answers. */
public final class WebClient {

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;

    /** A client of the shared test server. */
    public WebClient() {
        this(null);
    }

    /** A client of the server at {@code baseUrl} (ending in "/"); null means the shared test server. */
    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private String base() {
        return baseUrl != null ? baseUrl : TestServer.baseUrl();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    /** A request with another method and no body, such as PUT, DELETE or OPTIONS. */
    public HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Posts a form, as a browser would on submit. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(postRequest(path, form).build());
    }

    /** Posts a form as a browser does from a page of {@code origin} (its Origin header). */
    public HttpResponse<String> postFrom(String origin, String path, Map<String, String> form) {
        return send(postRequest(path, form).header("Origin", origin).build());
    }

    private HttpRequest.Builder postRequest(String path, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form)));
    }

    /** The fields as an address's query or a form's body: name=value&amp;… */
    public static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Opens a page and submits one of its forms with a button, as a browser would without script:
     * the fields given, the form's view state, and the button's name.
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        return post(path, form(get(path).body(), formId, button, fields));
    }

    /**
     * What a browser posts when this button of this form on this page is pressed: the fields given,
     * the form's view state, the button's name and PrimeFaces' CSP nonce.
     */
    public static Map<String, String> form(String page, String formId, String button, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no form on the page");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1)); // as PrimeFaces' script adds to every submit
        }
        return form;
    }

    /** Signs in through the sign-in form, as a browser would; fails unless the server accepts. */
    public WebClient signIn(String email, String password) {
        String page = get("sign-in.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:email", email);
        form.put("signIn:password", password);
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> response = post("sign-in.xhtml", form);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.endsWith("/index.xhtml")) {
            throw new IllegalStateException("sign-in of " + email + " refused: " + response.statusCode());
        }
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
