package org.casework.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on this machine for webhook tests: it keeps every request it is sent, and answers each with
 * the next status scripted for it, then with the default.
 */
final class Receiver implements AutoCloseable {

    /** What one request carried, headers by lower-case name. */
    record Received(Map<String, List<String>> headers, String body, long receivedAtMillis) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 204;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            received.add(new Received(headers, body, System.currentTimeMillis()));
            Integer scripted = script.poll();
            exchange.sendResponseHeaders(scripted != null ? scripted : defaultStatus, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these, in order. */
    void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** Every request after the script is answered with this. */
    void answerFromNowOn(int status) {
        defaultStatus = status;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to ten seconds for requests to satisfy the condition, and answers them. */
    List<Received> await(Predicate<List<Received>> condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            if (condition.test(received())) {
                return received();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The receiver was not sent what was expected within 10 s; it had: " + received());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
