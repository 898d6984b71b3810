package com.careergpt.service.analytics.market;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which held posts a filter selects, dates aside: posts that count (no linked duplicates) of the remote mode, at the
 * location, listing the skill and holding the words.
 */
final class PostSelector {

    private final MarketPosts posts;
    /** The remote code a post must have; 0 (also the code of "does not say") lets every post pass. */
    private final int remote;
    private final boolean[] places;
    private final int skill;
    private final boolean skillUnknown;
    private final BitSet text;

    private PostSelector(MarketPosts posts, int remote, boolean[] places, int skill, boolean skillUnknown, BitSet text) {
        this.posts = posts;
        this.remote = remote;
        this.places = places;
        this.skill = skill;
        this.skillUnknown = skillUnknown;
        this.text = text;
    }

    /**
     * @param skill the filter's skill by its canonical name, or null
     * @param text the slots of the posts holding the filter's words, or null when it has none
     */
    static PostSelector of(MarketPosts posts, MarketFilter filter, String skill, BitSet text) {
        int remote = MarketPosts.remoteCode(filter.remote());
        boolean[] places = null;
        if (filter.location() != null) {
            places = new boolean[posts.places.size()];
            for (int code = 0; code < places.length; code++) {
                places[code] = posts.places.value(code).matches(filter.location());
            }
        }
        int skillCode = posts.skills.find(skill);
        return new PostSelector(posts, remote, places, skillCode, skill != null && skillCode == Codes.NONE, text);
    }

    boolean selects(int slot) {
        if (!posts.counted(slot) || skillUnknown) {
            return false;
        }
        if (remote != 0 && posts.remote(slot) != remote) {
            return false;
        }
        if (places != null && (posts.place(slot) == Codes.NONE || !places[posts.place(slot)])) {
            return false;
        }
        if (skill != Codes.NONE && Arrays.binarySearch(posts.skills(slot), skill) < 0) {
            return false;
        }
        return text == null || text.get(slot);
    }
}
