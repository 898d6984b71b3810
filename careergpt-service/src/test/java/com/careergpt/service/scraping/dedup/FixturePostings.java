package com.careergpt.service.scraping.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.support.Fixtures;

/**
 * Job postings made from the job-page fixtures with jsoup, standing in for the real extractor: title from the
 * first {@code <h1>}, company from a table kept here, description from the page's visible text with one line per
 * block element, as an extractor's plain text has it.
 */
final class FixturePostings {

    /** The employer each fixture page is about (what its expected.json says), so this test needs no extractor. */
    private static final Map<String, String> COMPANIES = Map.ofEntries(
            Map.entry("ats-jsonld-backend", "Larkspur Freight"),
            Map.entry("blog-post-not-a-job", ""),
            Map.entry("board-hourly-usd-byline", "Logix Robotics Inc."),
            Map.entry("german-labels-monthly-eur", "Brauhaus Kessler GmbH"),
            Map.entry("german-prose-salary", "Elbtal Energie GmbH"),
            Map.entry("graph-jsonld-chf-monthly", "Alpenbyte AG"),
            Map.entry("lever-remote-prose-salary", "Tidewater Learning"),
            Map.entry("microdata-contract-hourly-gbp", "Harbourside Housing"),
            Map.entry("plain-facts-upto-relative-date", "Kestrel Interactive"),
            Map.entry("spa-rendered-by-script", "Halcyon Robotics"),
            Map.entry("syndicated-copy-of-ats-jsonld-backend", "Larkspur Freight"));

    /** Which part of the page becomes the description. */
    enum Text {
        /** Everything in {@code <body>}: navigation, cookie banner, related jobs and footer included. */
        BODY,
        /** {@code <body>} without scripts, navigation, header, footer, cookie banner and related-jobs aside. */
        CONTENT
    }

    private FixturePostings() {
    }

    static List<String> names() {
        return Fixtures.jobPages().stream()
                .map(page -> page.getFileName().toString())
                .map(name -> name.substring(0, name.length() - ".html".length()))
                .toList();
    }

    static JobPosting posting(String name, Text text) {
        Document page = parse(name);
        Element h1 = page.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.title();
        if (text == Text.CONTENT) {
            page.select("script, style, noscript, nav, header, footer, aside, .cookie, #cookie-banner").remove();
        }
        String company = COMPANIES.get(name);
        return new JobPosting(title, company == null || company.isEmpty() ? null : company, null, null, null, null,
                null, null, null, null, null, blockText(page.body()), null, List.of(), null);
    }

    private static Document parse(String name) {
        try {
            return Jsoup.parse(Fixtures.path("jobs/" + name + ".html").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element's text with a line break around every block element, the way a browser lays it out. */
    private static String blockText(Element root) {
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        });
        return text.toString();
    }
}
