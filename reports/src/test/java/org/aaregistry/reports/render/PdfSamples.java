package org.aaregistry.reports.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF as the tests read it: its pages and text (PDFBox), kept in target/report-samples. */
record PdfSamples(byte[] bytes, int pages, String text) {
    static final Path DIRECTORY = Path.of("target", "report-samples");

    /** Reads the PDF and writes it to {@code target/report-samples/<name>.pdf} for a person to look at. */
    static PdfSamples read(String name, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name + ".pdf"), pdf);
            return new PdfSamples(pdf, document.getNumberOfPages(), new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes open with the PDF signature. */
    boolean startsWithPdfSignature() {
        return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    /** The text of one page (1-based). */
    String page(int number) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
