package org.casework.support;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on this machine for webhook tests: it keeps every request it is sent, and answers each with
 * the next status scripted for it, then with the default; or, while stalled, answers nothing until released.
 */
public final class Receiver implements AutoCloseable {

    /** What one request carried, headers by lower-case name. */
    public record Received(Map<String, List<String>> headers, String body, long receivedAtMillis) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 204;
    private volatile CountDownLatch stall;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // each request on its own thread, so a stalled one holds up no other
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            received.add(new Received(headers, body, System.currentTimeMillis()));
            CountDownLatch held = stall;
            if (held != null) {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer scripted = script.poll();
            exchange.sendResponseHeaders(scripted != null ? scripted : defaultStatus, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these, in order. */
    public void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** Every request after the script is answered with this. */
    public void answerFromNowOn(int status) {
        defaultStatus = status;
    }

    /** Requests from now on get no answer until {@link #release()}: the sender is left waiting. */
    public void stall() {
        stall = new CountDownLatch(1);
    }

    /** Answers the stalled requests (if their sender is still there) and every later one at once. */
    public void release() {
        CountDownLatch held = stall;
        stall = null;
        if (held != null) {
            held.countDown();
        }
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to ten seconds for requests to satisfy the condition, and answers them. */
    public List<Received> await(Predicate<List<Received>> condition) throws InterruptedException {
        return await(condition, 10_000);
    }

    /** Waits up to {@code millis} for requests to satisfy the condition, and answers them. */
    public List<Received> await(Predicate<List<Received>> condition, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.test(received())) {
                return received();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The receiver was not sent what was expected within " + millis + " ms; it had: "
                + received());
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
