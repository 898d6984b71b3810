package com.careergpt.service.matching;

import java.util.List;

/** The locally computed match of a resume and a job. */
public record AtsMatch(int score, List<SubScore> subScores, List<KeywordRow> keywords, List<String> matchedSkills,
        List<String> missingSkills, List<String> missingKeywords, double similarity) {

    /** One line that says where the score comes from. */
    public String breakdown() {
        StringBuilder line = new StringBuilder("Score " + score + "/100 =");
        String separator = " ";
        for (SubScore sub : subScores) {
            if (sub.weight() > 0) {
                line.append(separator).append(sub.name()).append(' ').append(sub.score()).append(" x ")
                        .append(Math.round(sub.weight() * 100)).append('%');
                separator = " + ";
            }
        }
        return line.append('.').toString();
    }
}
