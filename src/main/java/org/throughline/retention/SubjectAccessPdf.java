package org.throughline.retention;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.throughline.shared.web.Messages;

/**
 * The PDF form of a subject access report: the same content as the JSON, laid out for reading, with
 * the labels of the message bundle.
 */
final class SubjectAccessPdf {

    /** Values that are names of statuses and results, shown by their label. */
    private static final Map<String, String> VALUE_LABELS = Map.of(
            "status", "engagementStatus.",
            "result", "followUpResult.",
            "reason", "followUpReason.",
            "kind", "feedbackKind.");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private SubjectAccessPdf() {}

    static byte[] render(JsonObject report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            JsonObject client = report.getJsonObject("client");
            document.add(new Paragraph(text("export.title", client.getString("pseudonym")), TITLE));
            document.add(new Paragraph(text("export.madeAt", report.getString("madeAt")), BODY));
            document.add(heading(text("export.client")));
            document.add(fields(client));
            for (JsonValue value : report.getJsonArray("engagements")) {
                JsonObject engagement = value.asJsonObject();
                document.add(heading(text(
                        "export.engagement",
                        String.valueOf(engagement.getJsonNumber("id").longValue()))));
                document.add(fields(engagement));
                for (String list : new String[] {"sessions", "actions", "feedback", "recaps"}) {
                    JsonArray items = engagement.getJsonArray(list);
                    document.add(new Paragraph(text("export." + list) + " (" + items.size() + ")", LABEL));
                    for (JsonValue item : items) {
                        document.add(fields(item.asJsonObject()));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be made", e);
        }
        return out.toByteArray();
    }

    /** A two-column table of the object's simple fields; nested objects and question lists indented below. */
    private static PdfPTable fields(JsonObject object) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String key = field.getKey();
            JsonValue value = field.getValue();
            if (value instanceof JsonArray list && !key.equals("checkIn") && !key.equals("answers")) {
                continue; // lists of records get their own section
            }
            table.addCell(new Paragraph(text("export." + key), LABEL));
            table.addCell(new Paragraph(shown(key, value), BODY));
        }
        return table;
    }

    private static String shown(String key, JsonValue value) {
        if (value instanceof JsonString string) {
            String prefix = VALUE_LABELS.get(key);
            String text = string.getString();
            if (prefix == null || text.isEmpty()) {
                return text;
            }
            String label = text(prefix + text);
            return label.equals(prefix + text) && key.equals("status") ? text("sessionStatus." + text) : label;
        }
        if (value instanceof JsonArray answers) {
            StringBuilder lines = new StringBuilder();
            for (JsonValue answer : answers) {
                JsonObject pair = answer.asJsonObject();
                lines.append(pair.getString("question"))
                        .append('\n')
                        .append(pair.getString("answer"))
                        .append("\n\n");
            }
            return lines.toString().strip();
        }
        if (value instanceof JsonObject nested) {
            StringBuilder lines = new StringBuilder();
            nested.forEach((k, v) -> lines.append(text("export." + k))
                    .append(": ")
                    .append(shown(k, v))
                    .append('\n'));
            return lines.toString().strip();
        }
        return value.toString();
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        return heading;
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(Locale.ENGLISH, key, arguments);
    }
}
