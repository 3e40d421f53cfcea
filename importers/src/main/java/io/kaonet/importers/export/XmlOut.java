package io.kaonet.importers.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over StAX's writer, streaming to the output. Text that XML 1.0 cannot
 * hold (control characters other than tab and line breaks, lone surrogates) is replaced by U+FFFD.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final XMLStreamWriter xml;
    private int depth;
    private boolean open;

    XmlOut(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    XmlOut start(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        depth++;
        open = true;
        return this;
    }

    /** An element with no children. */
    XmlOut empty(String name) throws XMLStreamException {
        newline();
        xml.writeEmptyElement(name);
        return this;
    }

    XmlOut attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
        return this;
    }

    XmlOut namespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
        return this;
    }

    XmlOut namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
        return this;
    }

    /** An element holding only text. */
    XmlOut textElement(String name, String text) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        return this;
    }

    /** An element with one attribute, holding only text. */
    XmlOut textElement(String name, String text, String attribute, String value) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        xml.writeAttribute(attribute, clean(value));
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        return this;
    }

    XmlOut end() throws XMLStreamException {
        depth--;
        if (!open) {
            newline();
        }
        xml.writeEndElement();
        open = false;
        return this;
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        open = false;
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
