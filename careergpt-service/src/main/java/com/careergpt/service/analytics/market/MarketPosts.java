package com.careergpt.service.analytics.market;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careergpt.service.scraping.RemoteMode;

/**
 * The in-memory copy of the stored posts' market fields: one slot per job, its fields as small integer codes in
 * parallel arrays, so that a pass over 100k posts takes milliseconds where the same statistics in SQL take seconds
 * on SQLite (bench/market.sh). About 300 bytes per post, most of it the job ids. A job that becomes a linked
 * duplicate stops counting. Not thread-safe: {@link MarketAnalytics} guards it.
 */
final class MarketPosts {

    private static final int INITIAL_SLOTS = 1024;

    final Codes<String> companies = new Codes<>();
    final Codes<Place> places = new Codes<>();
    final Codes<String> titles = new Codes<>();
    final Codes<String> seniorities = new Codes<>();
    final Codes<String> currencies = new Codes<>();
    final Codes<String> skills = new Codes<>();

    private final Map<String, Integer> slots = new HashMap<>();
    private String[] companyNames = new String[INITIAL_SLOTS];
    private boolean[] counted = new boolean[INITIAL_SLOTS];
    private int[] day = new int[INITIAL_SLOTS];
    private byte[] remote = new byte[INITIAL_SLOTS];
    private int[] company = new int[INITIAL_SLOTS];
    private int[] place = new int[INITIAL_SLOTS];
    private int[] title = new int[INITIAL_SLOTS];
    private int[] seniority = new int[INITIAL_SLOTS];
    private int[] currency = new int[INITIAL_SLOTS];
    private double[] salary = new double[INITIAL_SLOTS];
    private int[][] skillCodes = new int[INITIAL_SLOTS][];
    private int size;
    private int countedPosts;

    /** Adds a post, or replaces the fields of one already held. */
    void put(MarketPost post) {
        Integer held = slots.get(post.id());
        if (post.duplicate()) {
            if (held != null && counted[held]) {
                counted[held] = false;
                countedPosts--;
            }
            return;
        }
        int slot = held != null ? held : newSlot(post.id());
        if (!counted[slot]) {
            counted[slot] = true;
            countedPosts++;
        }
        day[slot] = Math.toIntExact(post.day().toEpochDay());
        remote[slot] = (byte) remoteCode(post.remote());
        String companyKey = post.companyKey() == null || post.companyKey().isBlank() ? null : post.companyKey();
        company[slot] = companies.code(companyKey);
        if (company[slot] != Codes.NONE) {
            nameCompany(company[slot], post.company() == null ? companyKey : post.company());
        }
        place[slot] = places.code(Place.of(post.city(), post.region(), post.country()));
        title[slot] = titles.code(post.titleKey() == null || post.titleKey().isBlank() ? null : post.titleKey());
        seniority[slot] = seniorities.code(post.seniority());
        boolean paid = post.salary() != null && post.currency() != null;
        currency[slot] = paid ? currencies.code(post.currency()) : Codes.NONE;
        salary[slot] = paid ? post.salary() : Double.NaN;
        skillCodes[slot] = skillCodes(post.skills());
    }

    /** Slots ever used; a slot below this may hold a post that no longer counts. */
    int size() {
        return size;
    }

    /** Posts that count (held and not linked duplicates). */
    int countedPosts() {
        return countedPosts;
    }

    /** The slot of a job, or {@link Codes#NONE}. */
    int slotOf(String jobId) {
        return slots.getOrDefault(jobId, Codes.NONE);
    }

    boolean counted(int slot) {
        return counted[slot];
    }

    /** Epoch day the post counts on. */
    int day(int slot) {
        return day[slot];
    }

    /** The post's {@link #remoteCode(RemoteMode)}. */
    int remote(int slot) {
        return remote[slot];
    }

    /** 0 for a post that does not say, else 1 + the mode's ordinal. */
    static int remoteCode(RemoteMode mode) {
        return mode == null ? 0 : mode.ordinal() + 1;
    }

    int company(int slot) {
        return company[slot];
    }

    /** The display name of a company code: the alphabetically first spelling seen, so that it is stable. */
    String companyName(int code) {
        return companyNames[code];
    }

    int place(int slot) {
        return place[slot];
    }

    int title(int slot) {
        return title[slot];
    }

    int seniority(int slot) {
        return seniority[slot];
    }

    /** The salary's currency code, {@link Codes#NONE} for a post without a yearly salary. */
    int currency(int slot) {
        return currency[slot];
    }

    /** Yearly salary midpoint in {@link #currency(int)}. */
    double salary(int slot) {
        return salary[slot];
    }

    /** Skill codes, ascending. */
    int[] skills(int slot) {
        return skillCodes[slot];
    }

    /** Codes of the skills, ascending, each once. */
    private int[] skillCodes(List<String> names) {
        int[] codes = new int[names.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = skills.code(names.get(i));
        }
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
            if (i == 0 || codes[i] != codes[i - 1]) {
                codes[distinct++] = codes[i];
            }
        }
        return distinct == codes.length ? codes : Arrays.copyOf(codes, distinct);
    }

    private void nameCompany(int code, String name) {
        if (code >= companyNames.length) {
            companyNames = Arrays.copyOf(companyNames, Math.max(code + 1, companyNames.length * 2));
        }
        if (companyNames[code] == null || name.compareTo(companyNames[code]) < 0) {
            companyNames[code] = name;
        }
    }

    private int newSlot(String jobId) {
        if (size == counted.length) {
            int grown = size * 2;
            counted = Arrays.copyOf(counted, grown);
            day = Arrays.copyOf(day, grown);
            remote = Arrays.copyOf(remote, grown);
            company = Arrays.copyOf(company, grown);
            place = Arrays.copyOf(place, grown);
            title = Arrays.copyOf(title, grown);
            seniority = Arrays.copyOf(seniority, grown);
            currency = Arrays.copyOf(currency, grown);
            salary = Arrays.copyOf(salary, grown);
            skillCodes = Arrays.copyOf(skillCodes, grown);
        }
        slots.put(jobId, size);
        return size++;
    }
}
