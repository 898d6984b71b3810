package com.careergpt.service.analytics.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.careergpt.service.analytics.market.MarketReport.SkillPair;

/**
 * Skill co-occurrence: for each two of the selection's most listed skills, the posts listing both, counted in a
 * dense matrix over the skills' ranks.
 */
final class SkillPairs {

    /** Pairs are counted among this many of the selection's most listed skills (the whole taxonomy fits). */
    static final int MAX_SKILLS = 256;

    private static final Comparator<SkillPair> MOST_FIRST = Comparator.comparingLong(SkillPair::count).reversed()
            .thenComparing(pair -> pair.skills().get(0)).thenComparing(pair -> pair.skills().get(1));

    private SkillPairs() {
    }

    /**
     * @param skillCounts posts of the selection listing each skill, by skill code
     * @param selected the slots of the selected posts
     */
    static List<SkillPair> top(MarketPosts posts, long[] skillCounts, int[] selected, int limit) {
        Integer[] bySkill = new Integer[skillCounts.length];
        for (int skill = 0; skill < bySkill.length; skill++) {
            bySkill[skill] = skill;
        }
        Arrays.sort(bySkill, Comparator.comparingLong((Integer skill) -> skillCounts[skill]).reversed()
                .thenComparing(skill -> posts.skills.value(skill)));
        int ranked = (int) Math.min(MAX_SKILLS, Arrays.stream(skillCounts).filter(count -> count > 0).count());
        int[] rankOf = new int[skillCounts.length];
        Arrays.fill(rankOf, -1);
        for (int rank = 0; rank < ranked; rank++) {
            rankOf[bySkill[rank]] = rank;
        }
        long[] together = new long[ranked * ranked];
        int[] ranks = new int[16];
        for (int slot : selected) {
            int[] skills = posts.skills(slot);
            if (ranks.length < skills.length) {
                ranks = new int[skills.length];
            }
            int n = 0;
            for (int skill : skills) {
                if (rankOf[skill] >= 0) {
                    ranks[n++] = rankOf[skill];
                }
            }
            Arrays.sort(ranks, 0, n);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    together[ranks[i] * ranked + ranks[j]]++;
                }
            }
        }
        List<SkillPair> pairs = new ArrayList<>();
        for (int i = 0; i < ranked; i++) {
            for (int j = i + 1; j < ranked; j++) {
                long count = together[i * ranked + j];
                if (count > 0) {
                    String one = posts.skills.value(bySkill[i]);
                    String other = posts.skills.value(bySkill[j]);
                    List<String> names = one.compareTo(other) <= 0 ? List.of(one, other) : List.of(other, one);
                    pairs.add(new SkillPair(names, count, Shares.of(count, selected.length)));
                }
            }
        }
        return pairs.stream().sorted(MOST_FIRST).limit(limit).toList();
    }
}
