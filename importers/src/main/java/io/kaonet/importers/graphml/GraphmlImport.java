package io.kaonet.importers.graphml;

import io.kaonet.importers.Problems;
import io.kaonet.importers.properties.PropertyNetwork;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One read of a GraphML document: StAX events to nodes and edges, each handed on at its end tag
 * with its attributes and its keys' defaults, in document order. Problems of the document itself
 * (well-formedness, encoding, root, keys, nested graphs, hyperedges) go to the given collector;
 * what the nodes and edges mean is {@link #node} and {@link #edge}'s business. Holds only the keys.
 */
final class GraphmlImport {

    /**
     * The JDK's own StAX parser, never one found on the class path (the workbook reader brings
     * Aalto, which reports other locations and treats DTDs its own way): the refusals, line numbers
     * and entity rules tested here are the JDK parser's.
     */
    private static final XMLInputFactory FACTORY = XMLInputFactory.newDefaultFactory();
    private static final int DECLARATION_BYTES = 200;
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Errors are thrown and reported as problems; the default reporter would also print them.
        FACTORY.setXMLReporter((message, type, info, location) -> { });
    }

    private record Key(String name, String domain, String fallback) {
    }

    private final String file;
    private final Problems problems;
    private final Map<String, Key> keys = new HashMap<>();

    GraphmlImport(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the document, handing each node and edge on at its end tag; stops early when the collector is full. */
    void run(InputStream in, Consumer<Element> elements) {
        XMLStreamReader xml = null;
        try {
            xml = open(in);
            boolean root = false;
            int graphs = 0;
            Element current = null;
            while (xml.hasNext() && !problems.full()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    problems.add(file, line(xml), null, null, "has a DTD, which is not read (GraphML needs none)");
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!root) {
                        root = true;
                        if (!name.equals("graphml")) {
                            problems.add(file, line(xml), null, name, "is not GraphML: the root element must be graphml");
                            break;
                        }
                        continue;
                    }
                    switch (name) {
                        case "key" -> key(xml);
                        case "graph" -> {
                            if (++graphs > 1 || current != null) {
                                problems.add(file, line(xml), "graph", xml.getAttributeValue(null, "id"),
                                        "is a second or nested graph; Kaonet reads one graph per file");
                            }
                        }
                        case "node", "edge" -> current = new Element(name, line(xml), attributes(xml));
                        case "data" -> {
                            String dataKey = xml.getAttributeValue(null, "key");
                            long dataLine = line(xml);
                            data(current, dataKey, xml.getElementText(), dataLine);
                        }
                        case "hyperedge", "port" -> problems.add(file, line(xml), name, null,
                                "is not supported (Kaonet reads nodes and edges)");
                        default -> {
                            // Other elements (desc, yEd graphics, defaults read by key()) carry nothing Kaonet reads.
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && current != null
                        && xml.getLocalName().equals(current.kind)) {
                    applyDefaults(current);
                    elements.accept(current);
                    current = null;
                }
            }
            if (!root && !problems.any()) {
                problems.add(file, 0, null, null, "is empty: expected a GraphML document");
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            Utf8CheckingStream.MalformedUtf8 encoding = encodingError(e);
            long line = encoding != null ? encoding.line : at == null ? 0 : Math.max(0, at.getLineNumber());
            problems.add(file, line, null, null, encoding != null
                    ? "is not valid UTF-8 (save the file as UTF-8, or declare its encoding)" : "is not well-formed XML: " + message);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // The reader holds nothing more to release once parsing stopped.
                }
            }
        }
    }

    /** A node: an actor, and its memberships of the clusters listed in its {@code clusters} attribute. */
    static void node(PropertyNetwork network, Element n) {
        String id = n.attributes.get("id");
        network.actor(n, id);
        String clusters = n.get("clusters");
        if (clusters != null) {
            Set<String> ids = new LinkedHashSet<>();
            for (String c : clusters.split("\\|")) {
                if (!c.isBlank()) {
                    ids.add(c.strip());
                }
            }
            for (String c : ids) {
                network.membership(new PropertyNetwork.PropertyMap(n.file(), n.line()), "id", id, "clusters", c);
            }
        }
    }

    /**
     * An edge: a tie. An edge marked {@code mirror} is the reverse arc that Kaonet's export writes
     * for an undirected tie of a directed graph (beside the tie's own edge), so it is not a tie.
     */
    static void edge(PropertyNetwork network, Element e) {
        if ("true".equalsIgnoreCase(e.get("mirror"))) {
            return;
        }
        network.tie(e, "source", e.attributes.get("source"), "target", e.attributes.get("target"), null);
    }

    /**
     * A reader over the input: decoded here as strict UTF-8 unless the XML declaration names
     * another encoding (then the parser decodes it), so that a bad byte gets a clear report.
     */
    private XMLStreamReader open(InputStream in) throws XMLStreamException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        String declared = null;
        try {
            buffered.mark(DECLARATION_BYTES);
            byte[] head = buffered.readNBytes(DECLARATION_BYTES);
            buffered.reset();
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                declared = m.group(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
            return FACTORY.createXMLStreamReader(buffered);
        }
        return FACTORY.createXMLStreamReader(new Utf8CheckingStream(buffered), StandardCharsets.UTF_8.name());
    }

    /** The UTF-8 check's exception behind a parse error, or null when there is none. */
    private static Utf8CheckingStream.MalformedUtf8 encodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Utf8CheckingStream.MalformedUtf8 m) {
                return m;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
                Utf8CheckingStream.MalformedUtf8 nested = encodingError(x.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private void key(XMLStreamReader xml) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        String name = xml.getAttributeValue(null, "attr.name");
        String domain = xml.getAttributeValue(null, "for");
        long at = line(xml);
        if (id == null) {
            problems.add(file, at, "key", null, "has no id");
        }
        String fallback = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("default")) {
                fallback = xml.getElementText();
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("key")) {
                break;
            }
        }
        if (id != null && keys.putIfAbsent(id, new Key(name == null ? id : name, domain == null ? "all" : domain, fallback)) != null) {
            problems.add(file, at, "key", id, "is declared twice");
        }
    }

    private void data(Element current, String key, String text, long at) {
        if (current == null) {
            return;
        }
        Key k = key == null ? null : keys.get(key);
        if (k == null) {
            problems.add(file, at, "data", key, "refers to a key that is not declared");
            return;
        }
        current.put(k.name, text);
    }

    private void applyDefaults(Element e) {
        for (Key k : keys.values()) {
            if (k.fallback != null && (k.domain.equals(e.kind) || k.domain.equals("all")) && !e.has(k.name)) {
                e.put(k.name, k.fallback);
            }
        }
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }

    private static long line(XMLStreamReader xml) {
        return Math.max(1, xml.getLocation().getLineNumber());
    }

    /** A node or edge: its XML attributes and its data values by attribute name. */
    final class Element extends PropertyNetwork.PropertyMap {
        final String kind;
        final Map<String, String> attributes;

        Element(String kind, long line, Map<String, String> attributes) {
            super(file, line);
            this.kind = kind;
            this.attributes = attributes;
        }

        boolean isNode() {
            return kind.equals("node");
        }
    }
}
