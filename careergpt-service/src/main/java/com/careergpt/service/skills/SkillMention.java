package com.careergpt.service.skills;

/** Where a text names a skill: the character range and the text as written there. */
public record SkillMention(Skill skill, int start, int end, String matchedText) {
}
