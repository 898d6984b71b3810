package com.careergpt.service.resumes.read;

/** Line endings unified, trailing spaces and runs of blank lines removed. */
final class TextLayout {

    private TextLayout() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u00A0', ' ')
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
