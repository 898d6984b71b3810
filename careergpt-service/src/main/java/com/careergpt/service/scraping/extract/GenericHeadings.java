package com.careergpt.service.scraping.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Box headings that name a part of a page, not a job or an employer: "Job Overview", "Company Overview find more
 * jobs with this company", "Stellenbeschreibung", "Descripción del puesto", "募集要項". A heading made only of such
 * words is never a title or a company.
 */
final class GenericHeadings {

    private static final Set<String> WORDS = Set.of(
            "job", "jobs", "company", "companies", "overview", "summary", "description", "details", "detail",
            "information", "info", "about", "the", "this", "us", "our", "position", "role", "profile", "contact",
            "apply", "now", "more", "find", "with", "at", "see", "all", "view", "similar", "related", "search",
            "results", "new", "save", "share", "print", "email", "e-mail", "report", "tools", "opportunity",
            "opening", "openings", "vacancy", "vacancies", "career", "careers", "requirements", "benefits", "and",
            "to", "for", "a", "of", "your", "you", "home", "welcome", "employer", "here", "posting", "listing",
            "stellenangebot", "stellenangebote", "stellenbeschreibung", "übersicht", "unternehmen", "über", "uns",
            "das", "die", "der", "jetzt", "bewerben", "stelle", "jobbeschreibung", "offre", "offres", "emploi",
            "du", "de", "la", "le", "les", "poste", "entreprise", "aperçu", "oferta", "ofertas", "empleo", "del",
            "puesto", "empresa", "resumen", "descripción", "offerta", "lavoro", "descrizione", "della", "azienda",
            "posizione", "vacature", "vacatures", "omschrijving", "bedrijf", "over", "ons", "vaga", "vagas",
            "descrição", "da", "sobre", "求人情報", "募集要項", "会社概要", "仕事内容", "求人", "概要");

    private GenericHeadings() {
    }

    static boolean isGeneric(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}-]+", " ").trim();
        if (folded.isEmpty()) {
            return true;
        }
        for (String word : folded.split(" ")) {
            if (!WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
