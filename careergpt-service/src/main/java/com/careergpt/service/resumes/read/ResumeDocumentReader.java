package com.careergpt.service.resumes.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of an uploaded resume. The type comes from the content (PDF, DOCX or plain text), never from the
 * file name: a PNG named resume.pdf is refused, a text file named resume.pdf is read as text. PDFs are read with
 * PDFBox, DOCX files with Apache POI (whose zip-bomb limits apply), text as UTF-8, UTF-16 with a byte-order mark,
 * or Windows-1252.
 */
public final class ResumeDocumentReader {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String TEXT = "text/plain";

    private final long maxBytes;

    public ResumeDocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ResumeDocument read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new ResumeReadException(ResumeReadException.Reason.EMPTY, "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new ResumeReadException(ResumeReadException.Reason.TOO_LARGE, "The file has " + content.length
                    + " bytes; resumes up to " + maxBytes + " bytes are accepted.");
        }
        FileMagic magic = FileMagic.valueOf(content);
        ResumeDocument document = switch (magic) {
            case PDF -> pdf(content);
            case OOXML -> docx(content);
            case OLE2 -> throw legacyOrEncryptedOffice(content);
            default -> text(content);
        };
        String text = TextLayout.normalize(document.text());
        if (text.isBlank()) {
            throw new ResumeReadException(ResumeReadException.Reason.NO_TEXT, document.mediaType().equals(PDF)
                    ? "The PDF has no text layer (a scan?); OCR is not supported, so paste the text instead."
                    : "The file holds no text.");
        }
        return new ResumeDocument(document.mediaType(), text, document.pages());
    }

    private static ResumeDocument pdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return new ResumeDocument(PDF, stripper.getText(pdf), pdf.getNumberOfPages());
        } catch (InvalidPasswordException locked) {
            throw new ResumeReadException(ResumeReadException.Reason.ENCRYPTED,
                    "The PDF is password-protected; upload an unprotected copy or paste the text.", locked);
        } catch (IOException | RuntimeException broken) {
            throw new ResumeReadException(ResumeReadException.Reason.CORRUPT,
                    "The PDF is damaged and could not be read (" + broken.getMessage() + "); export it again.", broken);
        }
    }

    private static ResumeDocument docx(byte[] content) {
        if (!hasEntry(content, "word/document.xml")) {
            throw unsupported("This Office file is not a Word document; upload a PDF, DOCX or text file.");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            int pages = docx.getProperties().getExtendedProperties().getPages();
            return new ResumeDocument(DOCX, extractor.getText(), Math.max(1, pages));
        } catch (IOException | RuntimeException broken) {
            if (isZipSizeLimit(broken)) {
                throw new ResumeReadException(ResumeReadException.Reason.TOO_LARGE, "The DOCX file unpacks to far "
                        + "more data than a resume needs; save it without embedded media, export a PDF or paste the text.",
                        broken);
            }
            throw new ResumeReadException(ResumeReadException.Reason.CORRUPT,
                    "The DOCX file is damaged and could not be read (" + broken.getMessage() + ").", broken);
        }
    }

    /** POI's zip-bomb guards (inflate ratio, entry size, entry count) report only through exception messages. */
    private static boolean isZipSizeLimit(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max allowed overall size")
                    || message.contains("more internal file entries than expected")) {
                return true;
            }
        }
        return false;
    }

    /** Word saves a password-protected DOCX as an OLE2 container around the encrypted package. */
    private static ResumeReadException legacyOrEncryptedOffice(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (container.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                return new ResumeReadException(ResumeReadException.Reason.ENCRYPTED,
                        "The Word document is password-protected; upload an unprotected copy or paste the text.");
            }
        } catch (IOException | RuntimeException unreadable) {
            return unsupported("This is a damaged legacy Office file; save it as DOCX or PDF.");
        }
        return unsupported("This is a legacy Office file (.doc); save it as DOCX or PDF.");
    }

    private static boolean hasEntry(byte[] zip, String name) {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException broken) {
            throw new ResumeReadException(ResumeReadException.Reason.CORRUPT,
                    "The file looks like a DOCX but its zip structure is damaged.", broken);
        }
    }

    private static ResumeDocument text(byte[] content) {
        String text = decode(content);
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > Math.max(2, text.length() / 100)) {
            throw unsupported("This is neither a PDF, a DOCX nor a text file.");
        }
        return new ResumeDocument(TEXT, text, 1);
    }

    private static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ResumeReadException unsupported(String message) {
        return new ResumeReadException(ResumeReadException.Reason.UNSUPPORTED_TYPE, message);
    }
}
