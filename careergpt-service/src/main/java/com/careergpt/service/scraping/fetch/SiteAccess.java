package com.careergpt.service.scraping.fetch;

import java.net.URI;

/**
 * What every fetch does before it touches a site, static or browser: scheme check, resolved-address check,
 * robots.txt, then the host's politeness slot.
 */
class SiteAccess {

    private final SsrfGuard guard;
    private final RobotsPolicy robots;
    private final HostPoliteness politeness;

    SiteAccess(SsrfGuard guard, RobotsPolicy robots, HostPoliteness politeness) {
        this.guard = guard;
        this.robots = robots;
        this.politeness = politeness;
    }

    void admit(URI url) throws FetchException {
        guard.checkUrl(url);
        guard.resolve(url);
        politeness.awaitTurn(url.getHost(), robots.check(url));
    }
}
