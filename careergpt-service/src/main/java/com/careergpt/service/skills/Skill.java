package com.careergpt.service.skills;

import java.util.List;

/** One entry of the skills taxonomy: its canonical name, a category and the other names it goes by. */
public record Skill(String name, String category, List<String> aliases) {

    public Skill {
        aliases = List.copyOf(aliases);
    }
}
