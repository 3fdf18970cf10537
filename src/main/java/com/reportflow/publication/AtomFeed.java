package com.reportflow.publication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The disclosure catalogue as an Atom 1.0 feed (RFC 4287): one entry per published report, updated when it is
 * corrected, with its stable page as link and its metadata as summary. Written with the JDK's XML writer, so every
 * value is escaped.
 */
@Component
class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String bureauName;
    private final String organisationCode;

    AtomFeed(
            @Value("${reportflow.bureau.name}") String bureauName,
            @Value("${reportflow.bureau.organisation-code}") String organisationCode) {
        this.bureauName = bureauName;
        this.organisationCode = organisationCode;
    }

    String render(String baseUrl, List<PublicCatalogue.PublishedReport> reports) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "tag:reportflow," + organisationCode + ":public-reports");
            element(xml, "title", bureauName + " · 法治政府建设年度报告");
            element(
                    xml,
                    "updated",
                    timestamp(reports.stream()
                            .map(AtomFeed::updated)
                            .max(Comparator.naturalOrder())
                            .orElse(Instant.EPOCH)));
            link(xml, "self", baseUrl + "/public/feed.atom");
            link(xml, "alternate", baseUrl + "/public/reports");
            xml.writeStartElement("author");
            element(xml, "name", bureauName);
            xml.writeEndElement();
            for (PublicCatalogue.PublishedReport report : reports) {
                Publication meta = report.metadata();
                xml.writeStartElement("entry");
                element(xml, "id", "tag:reportflow," + organisationCode + ":" + meta.getIndexNumber());
                element(xml, "title", report.document().title());
                element(xml, "published", timestamp(meta.getPublishedAt()));
                element(xml, "updated", timestamp(updated(report)));
                link(xml, "alternate", baseUrl + "/public/reports/" + meta.getReportId());
                element(
                        xml,
                        "summary",
                        "索引号：" + meta.getIndexNumber()
                                + (meta.getDocumentNumber() == null ? "" : "；发文字号：" + meta.getDocumentNumber())
                                + "；发布机构：" + meta.getPublishingOrganisation()
                                + "；成文日期：" + meta.getWrittenDate()
                                + "；发布日期：" + meta.getPublishDate()
                                + (report.corrected() ? "；已更正" : ""));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toString();
    }

    private static Instant updated(PublicCatalogue.PublishedReport report) {
        return report.versions().isEmpty()
                ? report.metadata().getPublishedAt()
                : report.versions().getLast().getCreatedAt();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(
                instant.atOffset(ZoneOffset.UTC).toInstant());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
