import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP proxy for the system test: the nodes reach the database through it, so that stopping it
 * (kill) makes the database unreachable to them alone, and starting it again brings it back —
 * without touching the shared MariaDB server. Usage: {@code java TcpProxy.java LISTEN_PORT
 * TARGET_HOST TARGET_PORT}.
 */
public final class TcpProxy {

  public static void main(String[] args) throws IOException {
    int listen = Integer.parseInt(args[0]);
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    try (ServerSocket server = new ServerSocket()) {
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress("127.0.0.1", listen));
      System.out.println("proxy 127.0.0.1:" + listen + " -> " + host + ":" + port);
      while (true) {
        Socket client = server.accept();
        Socket target = new Socket(host, port);
        pipe(client, target);
        pipe(target, client);
      }
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // closing
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }
}
