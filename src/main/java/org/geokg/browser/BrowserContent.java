package org.geokg.browser;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

/**
 * What geokg adds to Neo4j Browser: the graph style ({@code cypher/browser/geokg.grass}) and the guide
 * ({@code cypher/browser/guide.html}). The embedded Neo4j's own web server serves them as an unmanaged extension
 * under {@link #MOUNT}, so they share the Browser's origin and port and exist whenever the Browser does; the
 * Browser fetches them after connecting (its post-connect commands, set by the embedded runtime).
 */
@Path("/")
public final class BrowserContent {
    /** Where the extension is mounted on the Neo4j web server. */
    public static final String MOUNT = "/geokg";
    public static final String STYLE = "geokg.grass";
    public static final String GUIDE = "guide.html";

    private static final String FOLDER = "cypher/browser/";
    private static final Map<String, String> TYPES = Map.of(
            STYLE, "text/plain; charset=utf-8",
            GUIDE, "text/html; charset=utf-8");

    /** The Neo4j Browser commands that apply the style and open the guide, for a web server at {@code base}. */
    public static String postConnectCommands(String base) {
        return "style " + base + MOUNT + "/" + STYLE + "; play " + base + MOUNT + "/" + GUIDE;
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) throws IOException {
        String type = TYPES.get(file);
        if (type == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try (InputStream in = BrowserContent.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            // Any origin may read them (a Browser opened on 127.0.0.1 or another port); they are public files.
            return Response.ok(in.readAllBytes(), type).header("Access-Control-Allow-Origin", "*")
                    .header("Cache-Control", "no-cache").build();
        }
    }
}
