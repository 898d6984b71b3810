package com.careergpt.service.scraping.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels job pages put before a fact ("Location:", "Employ. Type", "Gehalt", "Lieu de travail", "勤務地"), in
 * English, German, French, Spanish, Italian, Dutch, Portuguese and Japanese, and the posting field each one names.
 * A label is compared after NFKC, case folding and dropping its colon; a label ending in a known one ("Base Pay",
 * "Job Location") names the same field.
 */
enum FactLabels {
    COMPANY("company, company name, employer, hiring company, organization, organisation, studio, client, "
            + "arbeitgeber, unternehmen, firma, entreprise, société, employeur, empresa, compañía, empleador, azienda, "
            + "società, datore di lavoro, bedrijf, werkgever, organisatie, empregador, 会社名, 企業名, 社名, 会社"),
    TITLE("title, job title, position, position title, job, role, job name, stellenbezeichnung, stelle, jobtitel, "
            + "poste, intitulé du poste, titre du poste, puesto, cargo, título del puesto, posizione, ruolo, "
            + "titolo, functie, functietitel, vacature, vaga, função, 職種, 求人タイトル, ポジション, 募集職種"),
    LOCATION("location, job location, work location, locations, where, city, place of work, address, standort, "
            + "arbeitsort, ort, einsatzort, dienstort, lieu, lieu de travail, localisation, ville, ubicación, "
            + "lugar de trabajo, ciudad, localidad, sede, sede di lavoro, luogo di lavoro, località, locatie, "
            + "standplaats, werklocatie, plaats, werkplek, localização, local, local de trabalho, cidade, 勤務地, "
            + "所在地, 勤務場所, 勤務先"),
    PAY("pay, salary, compensation, base pay, pay rate, rate, wage, wages, salary range, pay range, gehalt, "
            + "vergütung, lohn, bezahlung, jahresgehalt, salaire, rémunération, salario, sueldo, remuneración, "
            + "stipendio, retribuzione, ral, compenso, salaris, loon, vergoeding, salário, remuneração, 給与, 給料, "
            + "年収, 月給, 報酬, 賃金, 想定年収"),
    EMPLOYMENT_TYPE("type, employment type, employ. type, employee type, job type, contract, contract type, "
            + "commitment, hours, schedule, position type, work type, duration, anstellungsart, beschäftigungsart, "
            + "vertragsart, arbeitszeit, anstellung, type de contrat, contrat, type d'emploi, type de poste, "
            + "tipo de contrato, jornada, tipo de empleo, tipo di contratto, contratto, orario, tipologia contrattuale, "
            + "dienstverband, contractvorm, soort contract, type dienstverband, regime, tipo de emprego, "
            + "regime de contratação, 雇用形態, 契約形態, 勤務形態"),
    DATE("date, posted, date posted, posted on, published, posting date, publication date, job posted, datum, "
            + "veröffentlicht, veröffentlicht am, online seit, erstellt am, date de publication, publié le, publié, "
            + "fecha, fecha de publicación, publicado, publicado el, data, data di pubblicazione, pubblicato, "
            + "pubblicato il, geplaatst, geplaatst op, publicatiedatum, data de publicação, publicado em, 掲載日, "
            + "公開日, 投稿日, 掲載開始日"),
    REMOTE("remote, telecommute, remote work, work from home, workplace, work mode, homeoffice, home office, "
            + "remote arbeit, mobiles arbeiten, télétravail, teletrabajo, trabajo remoto, remoto, lavoro da remoto, "
            + "smart working, telelavoro, thuiswerken, werken op afstand, trabalho remoto, teletrabalho, "
            + "リモートワーク, リモート, 在宅勤務, テレワーク"),
    SKILLS("skills, required skills, desired skills, key skills, skill set, skillset, technologies, tech stack, "
            + "technical skills, requirements, qualifications, kenntnisse, fähigkeiten, anforderungen, compétences, "
            + "competencias, habilidades, requisitos, competenze, requisiti, vaardigheden, vereisten, competências, "
            + "必要なスキル, スキル, 応募資格");

    private static final Map<String, FactLabels> BY_LABEL = new HashMap<>();
    private static final int MAX_LABEL_LENGTH = 40;

    static {
        for (FactLabels field : values()) {
            for (String label : field.labels.split(",")) {
                BY_LABEL.put(fold(label), field);
            }
        }
    }

    private final String labels;

    FactLabels(String labels) {
        this.labels = labels;
    }

    /** The field a label names, if it is one of the vocabulary (or ends in one). */
    static Optional<FactLabels> of(String label) {
        if (label == null || label.length() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        String folded = fold(label);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        FactLabels exact = BY_LABEL.get(folded);
        if (exact != null) {
            return Optional.of(exact);
        }
        String[] words = folded.split(" ");
        if (words.length < 2 || words.length > 4) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_LABEL.get(words[words.length - 1]))
                .or(() -> Optional.ofNullable(BY_LABEL.get(words[words.length - 2] + " " + words[words.length - 1])));
    }

    /** The field a label names when it is exactly one of the vocabulary. */
    static Optional<FactLabels> exact(String label) {
        return Optional.ofNullable(BY_LABEL.get(fold(label)));
    }

    static String fold(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[:：*]+\\s*$", "").replaceAll("\\s+", " ").trim();
    }
}
