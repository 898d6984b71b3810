package com.careergpt.service.scraping.fetch;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import com.careergpt.service.support.FixtureServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rendered page gets no socket of its own: its WebSockets, WebRTC (TURN and STUN over UDP and TCP) and requests
 * to other ports of its allow-listed host reach nothing. The listeners belong to the test and count every TCP
 * connection and UDP datagram that arrives.
 */
class BrowserSocketsTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static FixtureServer site;
    static GuardedHttpClient http;
    static BrowserPageFetcher browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here");
        site = new FixtureServer();
        ScraperProperties properties = new ScraperProperties(List.of("localhost:" + site.port()),
                "CareerGPTBot/0.1 (+test)", Duration.ofSeconds(2), Duration.ofSeconds(10), DataSize.ofMegabytes(5), 5,
                Duration.ZERO, 1, Duration.ofMillis(50), Duration.ofSeconds(1), CHROMIUM, 10, Duration.ofSeconds(15));
        SsrfGuard guard = new SsrfGuard(properties.allowedHosts());
        http = new GuardedHttpClient(guard, properties);
        SiteAccess access = new SiteAccess(guard, new RobotsPolicy(http, properties.userAgent()),
                new HostPoliteness(Duration.ZERO));
        browser = new BrowserPageFetcher(http, guard, access, properties, Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
            http.close();
            site.close();
        }
    }

    @Test
    void webSocketsAndWebRtcOfAPageReachNothing() throws Exception {
        try (Listener target = new Listener()) {
            int blockedBefore = browser.blockedRequests();
            int port = target.port();
            site.page("/sockets.html", 200, "text/html", """
                <html><head><title>Sockets</title></head><body><h1 id="state">loading</h1><script>
                const port = %d;
                const tried = [];
                for (const host of ['127.0.0.1', 'localhost']) {
                  try { const ws = new WebSocket('ws://' + host + ':' + port + '/socket'); ws.onopen = () => ws.send('x'); tried.push('ws'); } catch (e) {}
                }
                const ice = { iceServers: [{ urls: ['turn:127.0.0.1:' + port + '?transport=udp',
                    'turn:127.0.0.1:' + port + '?transport=tcp', 'stun:127.0.0.1:' + port],
                    username: 'user', credential: 'secret' }], iceTransportPolicy: 'all' };
                function peer(Peer) {
                  try {
                    const connection = new Peer(ice);
                    connection.createDataChannel('leak');
                    connection.createOffer().then(offer => connection.setLocalDescription(offer)).catch(() => {});
                    tried.push('rtc');
                  } catch (e) {}
                }
                peer(window.RTCPeerConnection);
                peer(window.webkitRTCPeerConnection);
                try {
                  const frame = document.createElement('iframe');
                  document.body.appendChild(frame);
                  peer(frame.contentWindow.RTCPeerConnection);
                  new frame.contentWindow.WebSocket('ws://127.0.0.1:' + port + '/frame');
                } catch (e) {}
                try {
                  new Worker(URL.createObjectURL(new Blob(["new WebSocket('ws://127.0.0.1:" + port + "/worker')"],
                      { type: 'text/javascript' })));
                } catch (e) {}
                let polls = 0;
                const poll = setInterval(() => {
                  fetch('/robots.txt').catch(() => {});
                  if (++polls === 6) { clearInterval(poll); }
                }, 300);
                document.getElementById('state').textContent = 'tried ' + tried.join(',');
                </script></body></html>""".formatted(port));

            FetchedPage rendered = browser.fetch(URI.create(site.url("/sockets.html")));
            Thread.sleep(1_000);

            assertThat(rendered.body()).as("WebSockets are constructed, WebRTC is not there")
                    .contains("<h1 id=\"state\">tried ws,ws</h1>");
            assertThat(browser.blockedRequests() - blockedBefore).as("WebSockets refused by routing")
                    .isGreaterThanOrEqualTo(2);
            assertThat(target.datagrams()).as("UDP datagrams that reached the listener").isZero();
            assertThat(target.connections()).as("TCP connections that reached the listener").isZero();
        }
    }

    @Test
    void requestsToOtherPortsOfTheAllowListedHostAreRefused() throws Exception {
        try (Listener target = new Listener()) {
            int blockedBefore = browser.blockedRequests();
            int port = target.port();
            site.page("/ports.html", 200, "text/html", """
                <html><head><title>Ports</title></head><body><h1 id="state">loading</h1>
                <script src="http://localhost:%1$d/script.js"></script>
                <iframe src="http://127.0.0.1:%1$d/frame"></iframe>
                <script>
                fetch('http://localhost:%1$d/data').then(() => document.title = 'LEAKED').catch(() => {});
                document.getElementById('state').textContent = 'done';
                </script></body></html>""".formatted(port));

            FetchedPage rendered = browser.fetch(URI.create(site.url("/ports.html")));
            Thread.sleep(500);

            assertThat(rendered.body()).contains("<title>Ports</title>").contains("done");
            assertThat(browser.blockedRequests() - blockedBefore).isGreaterThanOrEqualTo(3);
            assertThat(target.connections()).as("TCP connections that reached the other port").isZero();
        }
    }

    /** A TCP and a UDP socket on one loopback port, counting what arrives. */
    static final class Listener implements AutoCloseable {

        private final ServerSocket tcp;
        private final DatagramSocket udp;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger datagrams = new AtomicInteger();

        Listener() throws IOException {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            tcp = new ServerSocket(0, 50, loopback);
            udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()));
            daemon("tcp-listener", this::acceptAll);
            daemon("udp-listener", this::receiveAll);
        }

        int port() {
            return tcp.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        int datagrams() {
            return datagrams.get();
        }

        private void acceptAll() {
            while (!tcp.isClosed()) {
                try (Socket accepted = tcp.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void receiveAll() {
            byte[] buffer = new byte[2048];
            while (!udp.isClosed()) {
                try {
                    udp.receive(new DatagramPacket(buffer, buffer.length));
                    datagrams.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException ignored) {
                    datagrams.incrementAndGet();
                }
            }
        }

        private static void daemon(String name, Runnable work) {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            tcp.close();
            udp.close();
        }
    }
}
