package io.kaonet.importers.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML writer, streaming UTF-8 to the output.
 *
 * <p>Written here rather than taken from StAX because the JDK's {@code XMLStreamWriter} leaves tab,
 * line feed and carriage return raw inside attribute values, and every XML parser then reads them
 * as spaces (attribute-value normalisation, XML 1.0 §3.3.3): a node id holding a line break came
 * back as another id. Here they are written as character references ({@code &#10;}), which parsers
 * keep, and a carriage return in text is written {@code &#13;} so that it is not folded into a
 * line feed (§2.11). Text that XML 1.0 cannot hold at all (control characters other than tab and
 * line breaks, lone surrogates, U+FFFE and U+FFFF) is replaced by U+FFFD; Kaonet's importers refuse
 * such characters, so stored ids never hold them.
 */
final class XmlOut {

    private final Writer w;
    private final Deque<String> open = new ArrayDeque<>();
    /** A start tag is written up to its attributes and not yet closed with {@code >}. */
    private boolean tagPending;
    /** The pending tag is of an element without content, to be closed with {@code />}. */
    private boolean emptyPending;
    /** The innermost open element has child elements (its end tag goes on a line of its own). */
    private boolean hasChildren;

    XmlOut(OutputStream out) throws IOException {
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    XmlOut start(String name) throws IOException {
        closeTag();
        newline();
        w.write('<');
        w.write(name);
        open.push(name);
        tagPending = true;
        hasChildren = false;
        return this;
    }

    /** An element with no children. */
    XmlOut empty(String name) throws IOException {
        closeTag();
        newline();
        w.write('<');
        w.write(name);
        tagPending = true;
        emptyPending = true;
        return this;
    }

    XmlOut attribute(String name, String value) throws IOException {
        if (!tagPending) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        w.write(' ');
        w.write(name);
        w.write("=\"");
        escape(clean(value), true);
        w.write('"');
        return this;
    }

    XmlOut namespace(String uri) throws IOException {
        return attribute("xmlns", uri);
    }

    XmlOut namespace(String prefix, String uri) throws IOException {
        return attribute("xmlns:" + prefix, uri);
    }

    /** An element holding only text. */
    XmlOut textElement(String name, String text) throws IOException {
        closeTag();
        newline();
        w.write('<');
        w.write(name);
        w.write('>');
        escape(clean(text), false);
        w.write("</");
        w.write(name);
        w.write('>');
        return this;
    }

    /** An element with one attribute, holding only text. */
    XmlOut textElement(String name, String text, String attribute, String value) throws IOException {
        closeTag();
        newline();
        w.write('<');
        w.write(name);
        tagPending = true;
        attribute(attribute, value);
        w.write('>');
        tagPending = false;
        escape(clean(text), false);
        w.write("</");
        w.write(name);
        w.write('>');
        return this;
    }

    XmlOut end() throws IOException {
        String name = open.pop();
        if (tagPending && !emptyPending) {
            w.write("/>");
            tagPending = false;
        } else {
            closeTag();
            if (hasChildren) {
                w.write('\n');
                w.write("  ".repeat(open.size()));
            }
            w.write("</");
            w.write(name);
            w.write('>');
        }
        hasChildren = true;
        return this;
    }

    void finish() throws IOException {
        closeTag();
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        w.write('\n');
        w.flush();
    }

    private void closeTag() throws IOException {
        if (tagPending) {
            w.write(emptyPending ? "/>" : ">");
            tagPending = false;
            emptyPending = false;
        }
    }

    private void newline() throws IOException {
        w.write('\n');
        w.write("  ".repeat(open.size()));
        hasChildren = true;
    }

    private void escape(String s, boolean inAttribute) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '\r' -> w.write("&#13;");
                case '"' -> w.write(inAttribute ? "&quot;" : "\"");
                case '\n' -> w.write(inAttribute ? "&#10;" : "\n");
                case '\t' -> w.write(inAttribute ? "&#9;" : "\t");
                default -> w.write(c);
            }
        }
    }

    /** The text with characters XML 1.0 cannot hold replaced by U+FFFD. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                        || c == 0xFFFE || c == 0xFFFF;
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
