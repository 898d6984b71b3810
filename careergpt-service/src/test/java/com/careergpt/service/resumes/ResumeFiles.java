package com.careergpt.service.resumes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Real resume files written by the libraries users' tools are built on, made fresh for each test. */
public final class ResumeFiles {

    public static final List<String> PAGE_ONE = List.of(
            "Jane Doe",
            "jane.doe@example.org | +49 170 1234567 | linkedin.com/in/janedoe",
            "Berlin, Germany",
            "Summary",
            "Backend engineer building Java services for payments.",
            "Experience",
            "Senior Backend Engineer, Initech GmbH, Mar 2020 - present",
            "- Cut p99 latency by 40% with Spring Boot and PostgreSQL",
            "- Moved 30 services to Docker");
    public static final List<String> PAGE_TWO = List.of(
            "Backend Developer | Globex AG | Jan 2016 - Feb 2020",
            "- Built billing APIs in Java with JUnit tests",
            "Education",
            "B.Sc. Computer Science, TU Berlin, 2015",
            "Skills",
            "Java, Spring Boot, PostgreSQL, SQL, Docker, JUnit, Git");

    private ResumeFiles() {
    }

    public static String text() {
        return String.join("\n", PAGE_ONE) + "\n" + String.join("\n", PAGE_TWO) + "\n";
    }

    public static byte[] pdf() {
        return pdf(null);
    }

    public static byte[] encryptedPdf() {
        return pdf("secret");
    }

    private static byte[] pdf(String userPassword) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : List.of(PAGE_ONE, PAGE_TWO)) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(16);
                    content.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        content.showText(line.replace('–', '-'));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A PDF with a drawn rectangle and no text: what a scan looks like to a text extractor. */
    public static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 200, 300);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : PAGE_ONE) {
                document.createParagraph().createRun().setText(line);
            }
            for (String line : PAGE_TWO.subList(0, 4)) {
                document.createParagraph().createRun().setText(line);
            }
            document.createParagraph().createRun().setText("Skills");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Java, Spring Boot, PostgreSQL, SQL");
            table.getRow(0).getCell(1).setText("Docker, JUnit, Git");
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A DOCX as Word saves it with "Encrypt with password": an OLE2 container around the encrypted package. */
    public static byte[] encryptedDocx() {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx()));
                    OutputStream encrypted = encryptor.getDataStream(container)) {
                docx.save(encrypted);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | InvalidFormatException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A valid DOCX plus 50 MB of zeros that deflate a thousandfold: the shape of a zip bomb, small on the wire. */
    public static byte[] zipBombDocx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(out);
                    ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(docx()))) {
                for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    source.transferTo(zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 50; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("CV").createRow(0).createCell(0).setCellValue("Jane Doe, Java");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1,
                0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
    }
}
