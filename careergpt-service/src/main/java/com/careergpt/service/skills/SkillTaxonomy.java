package com.careergpt.service.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The curated skills taxonomy ({@code skills/taxonomy.yml}): canonical names with aliases ("k8s" is Kubernetes).
 * Finding skills in a text walks a trie of alias tokens once over the text's tokens, so the cost grows with the
 * text, not with the size of the taxonomy; the longest alias wins where several start at one token.
 * An alias written in the file with {@code "=..."} only matches text with exactly that case ("Go", not "go");
 * {@link #lookup} of a name or alias the caller already knows to be a skill ignores case.
 */
public final class SkillTaxonomy {

    public static final String DEFAULT_LOCATION = "skills/taxonomy.yml";

    private final List<Skill> skills;
    private final Map<String, Skill> byName = new HashMap<>();
    private final TrieNode root = new TrieNode();

    private SkillTaxonomy(List<Skill> skills) {
        this.skills = List.copyOf(skills);
        for (Skill skill : skills) {
            byName.put(skill.name().toLowerCase(Locale.ROOT), skill);
            if (!skill.aliases().contains("=" + skill.name())) {
                register(skill, skill.name());
            }
            skill.aliases().forEach(alias -> register(skill, alias));
        }
    }

    /** The taxonomy shipped with the service. */
    public static SkillTaxonomy bundled() {
        try (InputStream in = SkillTaxonomy.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_LOCATION);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static SkillTaxonomy load(InputStream yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> root = (Map<String, Object>) document;
        List<Skill> skills = new ArrayList<>();
        Map<String, Object> categories = (Map<String, Object>) root.get("categories");
        categories.forEach((category, entries) -> {
            for (Object entry : (List<Object>) entries) {
                skills.add(parseEntry(category, entry));
            }
        });
        return new SkillTaxonomy(skills);
    }

    /** An entry is either a plain name or {@code "Name": [alias, alias]}. */
    @SuppressWarnings("unchecked")
    private static Skill parseEntry(String category, Object entry) {
        if (entry instanceof String name) {
            return new Skill(name, category, List.of());
        }
        Map<String, Object> map = (Map<String, Object>) entry;
        if (map.size() != 1) {
            throw new IllegalArgumentException("Taxonomy entry must have one name: " + map);
        }
        Map.Entry<String, Object> only = map.entrySet().iterator().next();
        List<String> aliases = new ArrayList<>();
        for (Object alias : (List<Object>) only.getValue()) {
            aliases.add(String.valueOf(alias));
        }
        return new Skill(only.getKey(), category, aliases);
    }

    private void register(Skill skill, String alias) {
        boolean exactCase = alias.startsWith("=");
        String written = exactCase ? alias.substring(1) : alias;
        Skill previous = byName.putIfAbsent(written.toLowerCase(Locale.ROOT), skill);
        if (previous != null && previous != skill) {
            throw new IllegalArgumentException("Alias '" + written + "' names both " + previous.name()
                    + " and " + skill.name());
        }
        List<Token> tokens = SkillTokenizer.tokenize(written);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("Empty alias for " + skill.name());
        }
        TrieNode node = root;
        for (Token token : tokens) {
            node = node.children.computeIfAbsent(token.lower(), key -> new TrieNode());
        }
        node.targets.add(new Target(skill, exactCase ? written : null));
    }

    public List<Skill> skills() {
        return skills;
    }

    /** The skill a name or (case-insensitive) alias stands for. */
    public Optional<Skill> lookup(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        Skill skill = byName.get(nameOrAlias.trim().toLowerCase(Locale.ROOT));
        if (skill != null) {
            return Optional.of(skill);
        }
        List<SkillMention> mentions = find(nameOrAlias);
        if (mentions.size() == 1 && mentions.get(0).end() - mentions.get(0).start() == nameOrAlias.trim().length()) {
            return Optional.of(mentions.get(0).skill());
        }
        return Optional.empty();
    }

    /** Canonical names of the given names or aliases, unknown ones dropped, in order, without repeats. */
    public List<String> canonicalize(Collection<String> namesOrAliases) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : namesOrAliases) {
            lookup(value).ifPresent(skill -> names.add(skill.name()));
        }
        return List.copyOf(names);
    }

    /** Every mention of a skill in the text, in order of appearance. */
    public List<SkillMention> find(CharSequence text) {
        List<Token> tokens = SkillTokenizer.tokenize(text);
        List<SkillMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TrieNode node = root;
            SkillMention longest = null;
            int longestEnd = i;
            for (int j = i; j < tokens.size(); j++) {
                node = node.children.get(tokens.get(j).lower());
                if (node == null) {
                    break;
                }
                Target target = node.match(text, tokens.get(i).start(), tokens.get(j).end());
                if (target != null) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(j).end();
                    longest = new SkillMention(target.skill(), start, end, text.subSequence(start, end).toString());
                    longestEnd = j;
                }
            }
            if (longest != null) {
                mentions.add(longest);
                i = longestEnd + 1;
            } else {
                i++;
            }
        }
        return mentions;
    }

    /** Canonical names of the skills the text mentions, in order of first mention. */
    public List<String> skillsIn(CharSequence text) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (SkillMention mention : find(text)) {
            names.putIfAbsent(mention.skill().name(), Boolean.TRUE);
        }
        return List.copyOf(names.keySet());
    }

    private record Target(Skill skill, String exactCase) {
    }

    private static final class TrieNode {
        private final Map<String, TrieNode> children = new HashMap<>();
        private final List<Target> targets = new ArrayList<>(1);

        Target match(CharSequence text, int start, int end) {
            for (Target target : targets) {
                if (target.exactCase() == null
                        || target.exactCase().contentEquals(text.subSequence(start, end).toString().replaceAll("\\s+", " "))) {
                    return target;
                }
            }
            return null;
        }
    }
}
