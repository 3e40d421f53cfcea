package io.kaonet.importers.graphml;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.TieKind;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.properties.PropertyNetwork;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** One read of a GraphML file: StAX events to property bags to records. */
final class GraphmlImport {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();
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
    private final PropertyNetwork network;
    private final Map<String, Key> keys = new HashMap<>();

    GraphmlImport(String file, Problems problems, ActorKind defaultActorKind, TieKind defaultTieKind) {
        this.file = file;
        this.problems = problems;
        this.network = PropertyNetwork.collecting(problems, defaultActorKind, defaultTieKind);
    }

    NetworkBatch run(InputStream in, KnownIds known) {
        List<Element> edges = new ArrayList<>();
        List<Element> nodes = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = open(in);
            boolean root = false;
            int graphs = 0;
            Element current = null;
            String dataKey = null;
            long dataLine = 0;
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
                        case "node", "edge" -> {
                            current = new Element(name, line(xml), attributes(xml));
                            (name.equals("node") ? nodes : edges).add(current);
                        }
                        case "data" -> {
                            dataKey = xml.getAttributeValue(null, "key");
                            dataLine = line(xml);
                            String text = xml.getElementText();
                            data(current, dataKey, text, dataLine);
                        }
                        case "hyperedge", "port" -> problems.add(file, line(xml), name, null,
                                "is not supported (Kaonet reads nodes and edges)");
                        default -> {
                            // Other elements (desc, yEd graphics, defaults read by key()) carry nothing Kaonet reads.
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("node") || name.equals("edge")) {
                        current = null;
                    }
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
        if (problems.any()) {
            problems.throwIfAny();
        }
        for (Element n : nodes) {
            applyDefaults(n, "node");
            network.actor(n, n.attributes.get("id"));
            String clusters = n.get("clusters");
            if (clusters != null) {
                Set<String> ids = new LinkedHashSet<>();
                for (String c : clusters.split("\\|")) {
                    if (!c.isBlank()) {
                        ids.add(c.strip());
                    }
                }
                for (String c : ids) {
                    network.membership(new Element("node", n.line(), Map.of()), "id", n.attributes.get("id"), "clusters", c);
                }
            }
        }
        for (Element e : edges) {
            applyDefaults(e, "edge");
            network.tie(e, "source", e.attributes.get("source"), "target", e.attributes.get("target"), null);
        }
        return network.finish(known);
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

    private void applyDefaults(Element e, String domain) {
        for (Key k : keys.values()) {
            if (k.fallback != null && (k.domain.equals(domain) || k.domain.equals("all")) && !e.has(k.name)) {
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
    private final class Element extends PropertyNetwork.PropertyMap {
        final String kind;
        final Map<String, String> attributes;

        Element(String kind, long line, Map<String, String> attributes) {
            super(file, line);
            this.kind = kind;
            this.attributes = attributes;
        }
    }
}
