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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The skills taxonomy: the curated {@code skills/taxonomy.yml} (canonical names with aliases: "k8s" is Kubernetes),
 * grown with {@code skills/onet-technology.yml}, generated from O*NET's technology skills (see NOTICE); where both
 * name a skill the curated entry wins and the O*NET names become its aliases.
 * Finding skills in a text walks a trie of alias tokens once over the text's tokens, so the cost grows with the
 * text, not with the size of the taxonomy; the longest alias wins where several start at one token.
 * An alias written in the file with {@code "=..."} only matches text with exactly that case ("Go", not "go"); one
 * written {@code "?..."} also names an ordinary word or place ("Go to", "Phoenix, AZ", "Cypress Group") and counts in
 * a posting only in a skills context ({@link #skillsInPosting}). {@link #lookup} of a name or alias the caller already
 * knows to be a skill ignores case.
 */
public final class SkillTaxonomy {

    public static final String DEFAULT_LOCATION = "skills/taxonomy.yml";
    public static final String ONET_LOCATION = "skills/onet-technology.yml";
    /** How far (characters) another skill or a cue word may be for a context-only name to count as a skill. */
    private static final int CONTEXT_WINDOW = 100;
    private static final Pattern CUE = Pattern.compile(
            "(?iu)\\b(?:experience|experienced|knowledge|proficien\\w*|skills?|familiar\\w*|expert\\w*|programming|languages?"
                    + "|frameworks?|libraries|stack|tools?|technologies|develop\\w*|kenntnisse|erfahrung|connaissances?"
                    + "|ma[iî]trise|experiencia|conocimientos?|esperienza|conoscenz\\w*|ervaring|kennis|experi[êe]ncia"
                    + "|conhecimentos?)\\b|経験|スキル");

    private final CompletableFuture<Index> index;

    private SkillTaxonomy(CompletableFuture<Index> index) {
        this.index = index;
    }

    /** The taxonomy shipped with the service. */
    public static SkillTaxonomy bundled() {
        return new SkillTaxonomy(CompletableFuture.completedFuture(bundledIndex()));
    }

    /**
     * The taxonomy shipped with the service, read on a thread of its own (most of a second at start-up): the caller
     * goes on at once and a call that needs the taxonomy before it is read waits for it; one that cannot be read
     * throws its failure from every call.
     */
    public static SkillTaxonomy bundledInBackground() {
        CompletableFuture<Index> index = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                index.complete(bundledIndex());
            } catch (RuntimeException | Error failure) {
                index.completeExceptionally(failure);
            }
        }, "skills-taxonomy-load");
        reader.setDaemon(true);
        reader.start();
        return new SkillTaxonomy(index);
    }

    private static Index bundledIndex() {
        return new Index(entries(DEFAULT_LOCATION), entries(ONET_LOCATION));
    }

    private Index index() {
        try {
            return index.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    private static String written(String alias) {
        return alias.startsWith("=") || alias.startsWith("?") ? alias.substring(1) : alias;
    }

    private static List<Skill> entries(String location) {
        try (InputStream in = SkillTaxonomy.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + location);
            }
            return entries(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A taxonomy of one curated file only. */
    public static SkillTaxonomy load(InputStream yaml) {
        return new SkillTaxonomy(CompletableFuture.completedFuture(new Index(entries(yaml), List.of())));
    }

    @SuppressWarnings("unchecked")
    private static List<Skill> entries(InputStream yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> root = (Map<String, Object>) document;
        List<Skill> skills = new ArrayList<>();
        Map<String, Object> categories = (Map<String, Object>) root.get("categories");
        categories.forEach((category, entries) -> {
            for (Object entry : (List<Object>) entries) {
                skills.add(parseEntry(category, entry));
            }
        });
        return skills;
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
            if (!(alias instanceof String) && !(alias instanceof Number)) {
                throw new IllegalArgumentException("Alias of " + only.getKey() + " must be quoted (YAML read it as " + alias
                        + "): write \"?Name\"");
            }
            aliases.add(String.valueOf(alias));
        }
        return new Skill(only.getKey(), category, aliases);
    }

    public List<Skill> skills() {
        return index().skills;
    }

    /** The skill a name or (case-insensitive) alias stands for. */
    public Optional<Skill> lookup(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        Skill skill = index().byName.get(nameOrAlias.trim().toLowerCase(Locale.ROOT));
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
        return found(text).stream().map(Found::mention).toList();
    }

    private record Found(SkillMention mention, boolean contextOnly) {
    }

    private List<Found> found(CharSequence text) {
        TrieNode root = index().root;
        List<Token> tokens = SkillTokenizer.tokenize(text);
        List<Found> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TrieNode node = root;
            Found longest = null;
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
                    longest = new Found(new SkillMention(target.skill(), start, end, text.subSequence(start, end).toString()),
                            target.contextOnly());
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

    /**
     * Canonical names of the skills a job posting asks for, in order of first mention. A name that is also an ordinary
     * word or place counts only in a skills context: near another skill or after a cue such as "experience with",
     * "Kenntnisse", "経験"; every name in {@code skillLists} (the posting's labelled skill lists) counts.
     */
    public List<String> skillsInPosting(CharSequence text, List<String> skillLists) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (String list : skillLists) {
            for (Found found : found(list)) {
                names.putIfAbsent(found.mention().skill().name(), Boolean.TRUE);
            }
        }
        List<Found> mentions = found(text);
        for (int i = 0; i < mentions.size(); i++) {
            Found found = mentions.get(i);
            if (!found.contextOnly() || inSkillsContext(text, mentions, i)) {
                names.putIfAbsent(found.mention().skill().name(), Boolean.TRUE);
            }
        }
        return List.copyOf(names.keySet());
    }

    private static boolean inSkillsContext(CharSequence text, List<Found> mentions, int index) {
        SkillMention mention = mentions.get(index).mention();
        for (int j = Math.max(0, index - 3); j < Math.min(mentions.size(), index + 4); j++) {
            Found other = mentions.get(j);
            if (j != index && !other.contextOnly()
                    && Math.abs(other.mention().start() - mention.start()) <= CONTEXT_WINDOW
                    && !sentenceBreakBetween(text, other.mention(), mention)) {
                return true;
            }
        }
        int from = Math.max(0, mention.start() - CONTEXT_WINDOW / 2);
        String before = text.subSequence(from, mention.start()).toString();
        int lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(". "));
        if (CUE.matcher(lastBreak < 0 ? before : before.substring(lastBreak + 1)).find()) {
            return true;
        }
        String after = text.subSequence(mention.end(), Math.min(text.length(), mention.end() + CONTEXT_WINDOW / 3)).toString();
        int nextBreak = after.indexOf('\n');
        return CUE.matcher(nextBreak < 0 ? after : after.substring(0, nextBreak)).find();
    }

    /**
     * A sentence or paragraph ends between a skill and a context-only name. One line break does not when the name is
     * inside its line: the items of a requirements list ("Working knowledge of GraphQL", "Unit tests with Jest") are
     * one context, while a line that starts with the name ("Go to https://...", "Phoenix, AZ") starts a new one.
     */
    private static boolean sentenceBreakBetween(CharSequence text, SkillMention skill, SkillMention contextOnly) {
        int from = Math.min(skill.end(), contextOnly.end());
        int to = Math.max(skill.start(), contextOnly.start());
        int lineBreaks = 0;
        int allowedLineBreaks = startsLine(text, contextOnly.start()) ? 0 : 1;
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && ++lineBreaks > allowedLineBreaks) {
                return true;
            }
            if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Nothing but spaces and list bullets before {@code index} on its line. */
    private static boolean startsLine(CharSequence text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && "-*•·–".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The skills with their names and aliases, by name and as a trie of alias tokens. */
    private static final class Index {

        private final List<Skill> skills;
        private final Map<String, Skill> byName = new HashMap<>();
        private final TrieNode root = new TrieNode();

        private Index(List<Skill> curated, List<Skill> supplement) {
            List<Skill> all = new ArrayList<>(curated);
            for (Skill skill : curated) {
                byName.put(skill.name().toLowerCase(Locale.ROOT), skill);
                if (!skill.aliases().contains("=" + skill.name()) && !skill.aliases().contains("?" + skill.name())) {
                    register(skill, skill.name(), true);
                }
                skill.aliases().forEach(alias -> register(skill, alias, true));
            }
            for (Skill skill : supplement) {
                Skill known = known(skill);
                Skill target = known != null ? known : skill;
                if (known == null) {
                    all.add(skill);
                    byName.put(skill.name().toLowerCase(Locale.ROOT), skill);
                    if (!skill.aliases().contains("=" + skill.name()) && !skill.aliases().contains("?" + skill.name())) {
                        register(skill, skill.name(), false);
                    }
                }
                skill.aliases().forEach(alias -> register(target, alias, false));
            }
            this.skills = List.copyOf(all);
        }

        /** The curated skill an O*NET entry names by its name or one of its aliases. */
        private Skill known(Skill skill) {
            Skill byOwnName = byName.get(skill.name().toLowerCase(Locale.ROOT));
            if (byOwnName != null) {
                return byOwnName;
            }
            for (String alias : skill.aliases()) {
                Skill byAlias = byName.get(written(alias).toLowerCase(Locale.ROOT));
                if (byAlias != null) {
                    return byAlias;
                }
            }
            return null;
        }

        /** A curated alias naming two skills is an error in the file; a supplement's one is skipped. */
        private void register(Skill skill, String alias, boolean curated) {
            boolean contextOnly = alias.startsWith("?");
            boolean exactCase = contextOnly || alias.startsWith("=");
            String written = written(alias);
            Skill previous = byName.putIfAbsent(written.toLowerCase(Locale.ROOT), skill);
            if (previous != null && previous != skill) {
                if (curated) {
                    throw new IllegalArgumentException("Alias '" + written + "' names both " + previous.name()
                            + " and " + skill.name());
                }
                return;
            }
            List<Token> tokens = SkillTokenizer.tokenize(written);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("Empty alias for " + skill.name());
            }
            TrieNode node = root;
            for (Token token : tokens) {
                node = node.children.computeIfAbsent(token.lower(), key -> new TrieNode());
            }
            node.targets.add(new Target(skill, exactCase ? written : null, contextOnly));
        }
    }

    private record Target(Skill skill, String exactCase, boolean contextOnly) {
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
