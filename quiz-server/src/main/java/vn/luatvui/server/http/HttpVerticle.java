package vn.luatvui.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.util.concurrent.TimeUnit;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.game.live.GameSockets;
import vn.luatvui.server.health.ReadinessCheck;
import vn.luatvui.server.media.VideoRoutes;

/** The HTTP front door: health, metrics, the REST API and the web client. */
public final class HttpVerticle extends VerticleBase {
  /** Where uploaded files are written while their request is handled (deleted after each). */
  static final String UPLOADS = System.getProperty("java.io.tmpdir") + java.io.File.separator + "luatvui-uploads";

  private final AppConfig config;
  private final ReadinessCheck readiness;
  private final PrometheusMeterRegistry registry;
  private final ApiHandlers api;
  private HttpServer server;

  public HttpVerticle(AppConfig config, ReadinessCheck readiness, PrometheusMeterRegistry registry, ApiHandlers api) {
    this.config = config;
    this.readiness = readiness;
    this.registry = registry;
    this.api = api;
  }

  @Override
  public Future<?> start() {
    return ApiRouter.create(vertx, api, config.edge().uploadMaxBytes(), config.edge().videoMaxBytes(), UPLOADS).compose(this::listen);
  }

  private Future<HttpServer> listen(Router apiRouter) {
    HeaderDeadline deadline = new HeaderDeadline(vertx, config.edge().headerTimeout().toMillis());
    Router router = Router.router(vertx);
    router.route().handler(ctx -> {
      ctx.addEndHandler(sent -> deadline.awaitNext(ctx.request().connection()));
      ctx.next();
    });
    router.route().handler(new SecurityHeaders(config.publicBaseUrl(), config.edge().imageHosts()));

    router.get("/health/live").handler(this::live);
    router.get("/health/ready").handler(this::ready);
    router.get(SecurityTxt.PATH).handler(new SecurityTxt(config.edge().securityContact(), config.publicBaseUrl(),
        java.time.Instant.now()));
    if (config.metricsPort().isEmpty()) {
      router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    }

    // WebSocket handshakes never reach the router (HttpServer.webSocketHandshakeHandler below).
    router.get("/ws").handler(ctx -> ctx.fail(400));
    router.get("/api/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8").sendFile(ApiRouter.CONTRACT));
    router.route("/api/*").subRouter(apiRouter);
    router.route("/api/*").handler(ctx -> ctx.fail(404));

    // Lesson videos and question images are public reads like the legal store: counted per address,
    // atomically, each range a player asks for included.
    router.routeWithRegex(VideoRoutes.PATH.pattern()).method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(api.publicReads().guard("lessonVideo")).handler(api.media().videos()::serve);
    router.get("/media/:file").handler(api.publicReads().guard(PublicReads.MEDIA)).handler(api.media()::serve);
    WebClientRoutes.mount(router);
    ErrorMapper errors = new ErrorMapper();
    router.route().failureHandler(errors);
    router.errorHandler(404, errors);
    router.errorHandler(405, errors);

    server = vertx.createHttpServer(new HttpServerOptions()
        .setIdleTimeout((int) config.edge().idleTimeout().toSeconds())
        .setIdleTimeoutUnit(TimeUnit.SECONDS)
        .setCompressionSupported(true)
        .setMaxWebSocketFrameSize(GameSockets.MAX_FRAME_BYTES_OUT)
        .setMaxWebSocketMessageSize(8 * 1024)
        .setRegisterWebSocketWriteHandlers(false)
        // Frames are small JSON; permessage-deflate would keep a Deflater and an Inflater per socket.
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false)
        // Responses are written on their connection's event loop (a write from another thread now
        // fails), so HTTP connections need no cross-thread write queue: Vert.x 5.0.7 keeps each
        // WebSocket's HTTP connection, and that 4.7 KB queue with it, for the socket's whole life.
        .setStrictThreadMode(true));
    return server
        .connectionHandler(deadline::connected)
        .webSocketHandshakeHandler(handshake -> {
          deadline.arrived(handshake.remoteAddress());
          api.gameSockets().upgrade(handshake);
        })
        .requestHandler(request -> {
          deadline.arrived(request.remoteAddress());
          router.handle(request);
        })
        .listen(config.httpPort(), config.httpHost());
  }

  /** Stops accepting connections, lets requests in flight finish within the grace period. */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture()
        : server.shutdown(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void live(RoutingContext ctx) {
    ctx.json(new JsonObject().put("status", "UP"));
  }

  private void ready(RoutingContext ctx) {
    readiness.check()
        .onSuccess(r -> {
          ctx.response().setStatusCode(r.ready() ? 200 : 503);
          ctx.json(r.toJson());
        })
        .onFailure(ctx::fail);
  }
}
