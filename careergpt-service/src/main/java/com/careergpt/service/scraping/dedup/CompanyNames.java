package com.careergpt.service.scraping.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The key two spellings of one employer share: "Northwind Labs GmbH", "Northwind Labs" and "northwind labs, inc."
 * all become "northwind labs". Case and accents are folded, punctuation dropped, dotted initials joined
 * ("S.A." is "sa"), "and"/"&" and a leading or trailing "the" removed, then legal-form suffixes are stripped from
 * the end for as long as one matches ("Acme GmbH &amp; Co. KG" is "acme"). A name that is nothing but a legal form
 * keeps its words, so "AG" stays "ag" rather than matching every unnamed company.
 */
public final class CompanyNames {

    /** Legal forms as word sequences after folding; longer ones are tried first. */
    private static final List<String[]> LEGAL_FORMS = legalForms(
            "inc", "incorporated", "llc", "lllp", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation",
            "co", "company", "pty", "pte", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr",
            "ug", "ug haftungsbeschrankt", "ev", "eg", "se", "sa", "sas", "sasu", "sarl", "sca", "srl", "spa",
            "sl", "slu", "bv", "nv", "vof", "oy", "oyj", "ab", "publ", "as", "asa", "aps", "sp zoo",
            "sro", "kft", "zrt", "ltda", "sdn bhd", "bhd", "kk", "gk", "pvt", "private limited");

    private CompanyNames() {
    }

    /** The normalized key of a company name; empty when the name is null or has no letters or digits. */
    public static String normalize(String name) {
        List<String> words = joinInitials(TextKeys.words(TextKeys.normalize(name)));
        words.removeIf(word -> word.equals("and"));
        dropThe(words);
        List<String> stripped = stripLegalForms(words);
        if (!stripped.isEmpty()) {
            words = stripped;
        }
        return String.join(" ", words);
    }

    /** "s a" (from "S.A.") becomes "sa", "i b m" becomes "ibm". */
    private static List<String> joinInitials(String[] words) {
        List<String> joined = new ArrayList<>(words.length);
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                initials.append(word);
                continue;
            }
            if (!initials.isEmpty()) {
                joined.add(initials.toString());
                initials.setLength(0);
            }
            joined.add(word);
        }
        if (!initials.isEmpty()) {
            joined.add(initials.toString());
        }
        return joined;
    }

    private static void dropThe(List<String> words) {
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("the")) {
            words.remove(words.size() - 1);
        }
    }

    private static List<String> stripLegalForms(List<String> words) {
        int end = words.size();
        boolean stripped = true;
        while (stripped && end > 0) {
            stripped = false;
            for (String[] form : LEGAL_FORMS) {
                if (endsWith(words, end, form)) {
                    end -= form.length;
                    stripped = true;
                    break;
                }
            }
        }
        return words.subList(0, end);
    }

    private static boolean endsWith(List<String> words, int end, String[] form) {
        if (form.length > end) {
            return false;
        }
        for (int i = 0; i < form.length; i++) {
            if (!words.get(end - form.length + i).equals(form[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> legalForms(String... forms) {
        return Arrays.stream(forms)
                .map(form -> form.split(" "))
                .sorted(Comparator.comparingInt((String[] form) -> form.length).reversed())
                .toList();
    }
}
