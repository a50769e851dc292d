package vn.luatvui.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * {@code /metrics} on a port of its own (METRICS_PORT), for a scraper inside the cluster: the
 * public port, which the Ingress forwards, then does not serve it.
 */
public final class MetricsVerticle extends VerticleBase {
  private final String host;
  private final int port;
  private final PrometheusMeterRegistry registry;
  private HttpServer server;

  public MetricsVerticle(String host, int port, PrometheusMeterRegistry registry) {
    this.host = host;
    this.port = port;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    server = vertx.createHttpServer();
    return server.requestHandler(router).listen(port, host);
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
