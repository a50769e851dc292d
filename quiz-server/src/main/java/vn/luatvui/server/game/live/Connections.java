package vn.luatvui.server.game.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.luatvui.server.metrics.Meters;

/**
 * Who is connected to a room: each player's screen and the host's screens, on this server or
 * relayed from another. Used only on the room's thread.
 */
final class Connections {
  private final long gameId;
  private final Meters meters;
  private final RoomRelay relay;
  private final Map<Link, Integer> playerOf = new HashMap<>();
  private final Map<Integer, Link> linkOf = new HashMap<>();
  private final Set<Link> hosts = new LinkedHashSet<>();
  /** Connections the room has seated whose Welcome is still in the outbox (behind commands being logged). */
  private final Map<Link, Integer> welcoming = new HashMap<>();

  Connections(long gameId, Meters meters, RoomRelay relay) {
    this.gameId = gameId;
    this.meters = meters;
    this.relay = relay;
  }

  void addHost(Link link) {
    hosts.add(link);
    if (link instanceof RemoteLink remote) {
      relay.seat(remote, null);
    }
  }

  boolean seated(Link link) {
    return hosts.contains(link) || playerOf.containsKey(link);
  }

  boolean isHost(Link link) {
    return hosts.contains(link);
  }

  /**
   * The player on this connection, or null. A connection whose Welcome is still on its way counts:
   * a relayed screen seated again after a takeover sends its answers right behind its reconnect.
   */
  Integer player(Link link) {
    Integer playerId = playerOf.get(link);
    return playerId != null ? playerId : welcoming.get(link);
  }

  /**
   * The room has seated the player on this connection; its Welcome (and {@link #bind}) follows once
   * the commands queued before it are logged. Its own commands meanwhile are the player's.
   */
  void welcoming(Link link, int playerId) {
    welcoming.put(link, playerId);
  }

  /**
   * Seats the player on this connection, who holds {@code token}; an older connection of the same
   * player is closed. A relayed one's server learns the token, to seat it again after a takeover.
   */
  void bind(Link link, int playerId, String token) {
    welcoming.remove(link);
    Link previous = linkOf.put(playerId, link);
    playerOf.put(link, playerId);
    if (link instanceof RemoteLink remote) {
      relay.seat(remote, token);
    }
    if (previous == null) {
      meters.playersConnected().incrementAndGet();
    } else if (!previous.equals(link)) {
      playerOf.remove(previous);
      previous.close(4000, "connected elsewhere");
    }
  }

  /** Forgets a closed connection; returns the player who was on it, or null (a host, or a replaced connection). */
  Integer closed(Link link) {
    welcoming.remove(link);
    hosts.remove(link);
    Integer playerId = playerOf.remove(link);
    if (playerId != null && link.equals(linkOf.get(playerId))) {
      linkOf.remove(playerId);
      meters.playersConnected().decrementAndGet();
      return playerId;
    }
    return null;
  }

  /** Sends the frame to the player, if connected; with {@code thenClose}, closes the connection after it. */
  void toPlayer(int playerId, String frame, boolean thenClose) {
    Link link = linkOf.get(playerId);
    if (link == null) {
      return;
    }
    link.send(frame);
    if (thenClose) {
      linkOf.remove(playerId);
      playerOf.remove(link);
      meters.playersConnected().decrementAndGet();
      link.close(4001, "kicked");
    }
  }

  void toHosts(String frame) {
    hosts.forEach(h -> h.send(frame));
  }

  /**
   * One encoded frame to every connected screen: this server's sockets through their event loops,
   * and one relayed message for each other server holding some of them.
   */
  void toEveryone(String frame) {
    long start = System.nanoTime();
    List<LocalLink> local = new ArrayList<>(linkOf.size() + hosts.size());
    Set<String> elsewhere = new HashSet<>();
    for (Link link : linkOf.values()) {
      sort(link, local, elsewhere);
    }
    for (Link host : hosts) {
      sort(host, local, elsewhere);
    }
    LocalLink.sendAll(local, frame,
        () -> meters.broadcastLatency().record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
    for (String node : elsewhere) {
      relay.toAll(node, gameId, frame);
    }
  }

  private static void sort(Link link, List<LocalLink> local, Set<String> elsewhere) {
    if (link instanceof LocalLink l) {
      local.add(l);
    } else {
      elsewhere.add(((RemoteLink) link).node());
    }
  }

  /** The other servers holding screens of this room. */
  Set<String> remoteNodes() {
    Set<String> nodes = new HashSet<>();
    for (Link link : playerOf.keySet()) {
      if (link instanceof RemoteLink remote) {
        nodes.add(remote.node());
      }
    }
    for (Link link : hosts) {
      if (link instanceof RemoteLink remote) {
        nodes.add(remote.node());
      }
    }
    return nodes;
  }

  /** Forgets every screen held by a server that is gone; returns the players who were on them. */
  List<Integer> dropNode(String node) {
    List<Integer> dropped = new ArrayList<>();
    for (Link link : List.copyOf(playerOf.keySet())) {
      if (link instanceof RemoteLink remote && remote.node().equals(node)) {
        Integer playerId = closed(link);
        if (playerId != null) {
          dropped.add(playerId);
        }
      }
    }
    hosts.removeIf(h -> h instanceof RemoteLink remote && remote.node().equals(node));
    return dropped;
  }

  /**
   * The room is leaving this server: its sockets here are closed (they reconnect and find it where
   * it is next); the servers holding its other screens are told, and seat them on the room's next
   * owner without closing them.
   */
  void closeAll(int code, String reason) {
    Set<String> elsewhere = new HashSet<>();
    for (Link link : List.copyOf(playerOf.keySet())) {
      closed(link);
      leave(link, code, reason, elsewhere);
    }
    for (Link host : List.copyOf(hosts)) {
      hosts.remove(host);
      leave(host, code, reason, elsewhere);
    }
    for (String node : elsewhere) {
      relay.ownerLeft(node, gameId);
    }
  }

  private static void leave(Link link, int code, String reason, Set<String> elsewhere) {
    if (link instanceof RemoteLink remote) {
      elsewhere.add(remote.node());
    } else {
      link.close(code, reason);
    }
  }
}
