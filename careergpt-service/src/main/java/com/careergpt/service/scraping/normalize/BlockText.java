package com.careergpt.service.scraping.normalize;

import org.jsoup.nodes.Element;

/**
 * The text of an HTML fragment with a line break after every block element, so "<li>Spring Boot</li><li>Own ..."
 * reads as two lines, not "Spring BootOwn".
 */
public final class BlockText {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, div, br, tr, ul, ol, dd, dt, section, article, blockquote, pre";

    private BlockText() {
    }

    public static String of(Element element) {
        Element copy = element.clone();
        copy.select(BLOCKS).forEach(block -> block.after("\n"));
        return copy.wholeText().replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ").replaceAll(" ?\\n[\\s]*", "\n").trim();
    }
}
