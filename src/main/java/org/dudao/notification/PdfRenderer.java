package org.dudao.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * Turns a formal notice's XHTML into a PDF that embeds its own Chinese font, so it reads the same
 * on a machine without Chinese fonts. The font is Noto Sans SC (SIL Open Font License 1.1), put on
 * the classpath under {@code fonts/} by the build (see pom.xml); only the glyphs used are embedded.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "Noto Sans SC";
    static final String REGULAR = "fonts/NotoSansSC_400Regular.ttf";
    static final String BOLD = "fonts/NotoSansSC_700Bold.ttf";

    private volatile byte[] regular;
    private volatile byte[] bold;

    byte[] render(String xhtml) {
        byte[] regularFont = regular();
        byte[] boldFont = bold();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(false);
            builder.withProducer("Dudao");
            builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
        return out.toByteArray();
    }

    private byte[] regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    private byte[] bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath; "
                        + "the Maven build puts it there (generate-resources): run mvn once");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
