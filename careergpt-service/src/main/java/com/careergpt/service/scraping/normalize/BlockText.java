package com.careergpt.service.scraping.normalize;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment with a line break after every block element, so "<li>Spring Boot</li><li>Own ..."
 * reads as two lines, not "Spring BootOwn". One pass over the nodes, no copy of the tree.
 */
public final class BlockText {

    static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "tr", "ul", "ol",
            "dd", "dt", "section", "article", "blockquote", "pre", "main", "header", "footer", "table");

    private BlockText() {
    }

    public static String of(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element block && BLOCKS.contains(block.normalName())) {
                    newline(out);
                }
            }
        }, element);
        return out.toString().trim();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void newline(StringBuilder out) {
        int last = out.length() - 1;
        while (last >= 0 && out.charAt(last) == ' ') {
            out.setLength(last--);
        }
        if (last >= 0 && out.charAt(last) != '\n') {
            out.append('\n');
        }
    }
}
