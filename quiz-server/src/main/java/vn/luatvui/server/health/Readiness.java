package vn.luatvui.server.health;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Whether each dependency answered; the server is ready only when all did. */
public record Readiness(boolean postgresql, boolean redis) {

  public boolean ready() {
    return postgresql && redis;
  }

  public List<String> down() {
    List<String> down = new ArrayList<>();
    if (!postgresql) {
      down.add("postgresql");
    }
    if (!redis) {
      down.add("redis");
    }
    return down;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("status", ready() ? "UP" : "DOWN")
        .put("checks", new JsonObject()
            .put("postgresql", postgresql ? "UP" : "DOWN")
            .put("redis", redis ? "UP" : "DOWN"));
    if (!ready()) {
      json.put("message", "Not ready: " + String.join(" and ", down()) + " not answering");
    }
    return json;
  }
}
