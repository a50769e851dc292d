package vn.luatvui.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay to a real service that a test can cut ({@link #cut()}) and restore
 * ({@link #restore()}), so the server sees the service go away and come back without the shared
 * service itself being stopped.
 */
public final class TcpProxy implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  public TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    ServerSocket first = new ServerSocket();
    first.setReuseAddress(true);
    first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.port = first.getLocalPort();
    accept(first);
  }

  public int port() {
    return port;
  }

  /** Closes every relayed connection and stops listening: the service looks down. */
  public synchronized void cut() throws IOException {
    if (listener != null) {
      listener.close();
      listener = null;
    }
    for (Socket s : sockets) {
      s.close();
    }
    sockets.clear();
  }

  /** Listens again on the same port: the service is back. */
  public synchronized void restore() throws IOException {
    if (listener == null) {
      ServerSocket again = new ServerSocket();
      again.setReuseAddress(true);
      again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      accept(again);
    }
  }

  private void accept(ServerSocket server) {
    listener = server;
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          if (!relay(server, client, upstream)) {
            closeQuietly(client);
            closeQuietly(upstream);
          }
        } catch (IOException e) {
          // closed by cut(), or the target refused: the client sees its connection dropped
        }
      }
    }, "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts relaying a connection accepted by {@code server}, unless the proxy was cut meanwhile: a
   * connection accepted just before a cut must not outlive it.
   */
  private synchronized boolean relay(ServerSocket server, Socket client, Socket upstream) {
    if (listener != server) {
      return false;
    }
    sockets.add(client);
    sockets.add(upstream);
    pump(client, upstream);
    pump(upstream, client);
    return true;
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side went away
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "proxy-pump-" + port);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
