package io.streamhub.adapter.web.system;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.streamhub.adapter.web.security.Public;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Serves the OpenAPI document generated from the code at compile time, as JSON, and the Swagger UI. */
@Controller("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "StreamHub", version = "1", description = "Control plane for self-hosted LiveKit. "
                + "Every answer is {data, error}; errors carry {code, message, field?}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "an sk_ API token or a dashboard session JWT")
public class OpenApiController {
    static final String SPEC = "META-INF/swagger/streamhub-1.yml";
    private final byte[] json;

    public OpenApiController(JsonMapper mapper) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is missing: the OpenAPI processor did not run");
            }
            Object tree = new Yaml(new LoaderOptions()).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            this.json = mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Public
    @Hidden
    @Get(uri = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    public byte[] openApi() {
        return json;
    }

    /** Swagger UI from the resources bundled by the OpenAPI processor, pointed at our JSON document. */
    @Public
    @Hidden
    @Get(uri = "/docs", produces = MediaType.TEXT_HTML)
    public String docs() {
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>StreamHub API</title>
                <link rel="stylesheet" href="/api/v1/docs/res/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/api/v1/docs/res/swagger-ui-bundle.js"></script>
                <script>window.ui = SwaggerUIBundle({url: '/api/v1/openapi.json', dom_id: '#swagger-ui'});</script>
                </body></html>
                """;
    }
}
