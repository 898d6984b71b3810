package com.careergpt.service.scraping.fetch;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.WebSocketRoute;

/**
 * Keeps a rendered page to the one network path the scraper guards: requests routed to the guarded HTTP client. A
 * page could otherwise open sockets of its own that no route sees: WebSockets, WebRTC (STUN and TURN over UDP and
 * TCP), WebTransport, and the connections Chromium opens ahead of requests (preconnect, DNS prefetch). So:
 * <ul>
 * <li>every WebSocket is routed and closed before it connects ({@code routeWebSocket});</li>
 * <li>an init script, run before any page script in every frame, removes the WebRTC, WebTransport and
 * WebSocketStream constructors;</li>
 * <li>Chromium's own flags send WebRTC through the proxy only (no direct UDP) and send every connection the
 * browser would open itself to a proxy whose name never resolves, so whatever slips past the first two (a worker's
 * WebSocket, a preconnect) ends inside the browser.</li>
 * </ul>
 */
final class BrowserLockdown {

    /** No name resolves inside the browser; everything goes to a proxy in the reserved {@code .invalid} domain. */
    static final List<String> CHROMIUM_ARGS = List.of(
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--enforce-webrtc-ip-permission-check",
            "--proxy-server=http://no-network.invalid:9",
            "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--dns-prefetch-disable");

    static final String INIT_SCRIPT = """
            (() => {
              const names = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCSessionDescription',
                'RTCIceCandidate', 'RTCIceTransport', 'RTCDtlsTransport', 'RTCSctpTransport', 'RTCRtpSender',
                'RTCRtpReceiver', 'RTCRtpTransceiver', 'RTCCertificate', 'RTCDTMFSender', 'RTCEncodedAudioFrame',
                'RTCEncodedVideoFrame', 'RTCRtpScriptTransform', 'WebTransport', 'WebSocketStream'];
              for (const name of names) {
                try {
                  Object.defineProperty(globalThis, name, { value: undefined, writable: false, configurable: false });
                } catch (ignored) {
                  delete globalThis[name];
                }
              }
            })();
            """;

    private BrowserLockdown() {
    }

    /** Applies the routing and the init script to a fresh context, before its first page. */
    static void apply(BrowserContext context, Runnable refused) {
        context.addInitScript(INIT_SCRIPT);
        context.routeWebSocket(url -> true, socket -> refuse(socket, refused));
    }

    private static void refuse(WebSocketRoute socket, Runnable refused) {
        refused.run();
        socket.close(new WebSocketRoute.CloseOptions().setCode(1008).setReason("WebSockets are not collected"));
    }
}
