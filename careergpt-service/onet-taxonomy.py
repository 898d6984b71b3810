#!/usr/bin/env python3
"""Generates src/main/resources/skills/onet-technology.yml from O*NET's technology skills.

    python3 careergpt-service/onet-taxonomy.py ../shared/data/onet/technology-skills.tsv \
        > careergpt-service/src/main/resources/skills/onet-technology.yml

Keeps the technologies O*NET flags as hot or in demand, or that at least 3 occupations list, and gives each a short
canonical name with the O*NET name as an alias: a trailing acronym names the skill ("Job control language JCL" is
JCL), a vendor prefix goes ("IBM DB2" is DB2, "Microsoft SharePoint" SharePoint) unless what is left is one plain
word ("Microsoft Exchange" stays, "Exchange" becomes a context-only alias, unless the data writes it as an ordinary
word, like "director"), and " software" is dropped. Names the data itself writes as ordinary lower-case words
("Modeling software", "BASIC") are left out; a product named with a trailing "Server", "Enterprise", "Suite" or
"Platform" is also known without it when the rest is distinctive ("WebLogic Server" is also "WebLogic"). One plain word (Titlecase, like "Chef" or "Blink") and acronyms of up
to four letters only match with their exact case and only in a skills context (see SkillTaxonomy). Source: O*NET 29.2 Database by USDOL/ETA, CC BY 4.0 (see NOTICE).
"""
import csv
import re
import sys

VENDORS = ["Microsoft", "IBM", "Oracle", "Apache", "Amazon Web Services", "Amazon", "Google", "Adobe", "Autodesk",
           "Atlassian", "Red Hat", "Cisco", "The MathWorks", "MathWorks", "Intuit", "Apple", "Dassault Systemes",
           "Bentley", "Trimble", "Micro Focus", "Hewlett Packard", "HP", "Salesforce", "ESRI", "Esri", "Corel",
           "Sun Microsystems", "Novell", "Citrix", "Symantec", "McAfee", "JetBrains", "Wolfram Research", "SAP",
           "Epic Systems", "Veritas", "Quest", "LogMeIn", "Mozilla", "Maplesoft", "Mathsoft", "Insightful",
           "Leica Geosystems", "Perforce", "Kronos", "Henry Schein", "Thomson Reuters", "VMware", "Splunk"]
PLAIN_WORD = re.compile(r"^[A-Z][a-z]+$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9/&+#.-]{1,7}$")


def short_name(name):
    """(canonical, context_only_alias or None)"""
    base = re.sub(r"\s+software$", "", name).strip()
    tokens = base.split()
    if len(tokens) >= 3 and ACRONYM.match(tokens[-1]) and spells(tokens[-1], tokens[:-1]):
        return tokens[-1], None
    for vendor in VENDORS:
        if base.startswith(vendor + " ") and len(base) > len(vendor) + 1:
            rest = base[len(vendor) + 1:].strip()
            if PLAIN_WORD.match(rest):
                return base, rest
            return rest, None
    return base, None


def spells(acronym, words):
    """Whether the acronym's letters appear in order in the words before it ("XML" in "Extensible markup language")."""
    letters = "".join(words).lower()
    position = 0
    for char in acronym.lower():
        if not char.isalpha():
            continue
        position = letters.find(char, position) + 1
        if position == 0:
            return False
    return True


def yaml_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ordinary_words(rows):
    """Words the data itself writes in lower case ("modeling", "database", "director"): not names on their own."""
    words = set()
    for row in rows:
        for text in (row["example"], row["category"]):
            words.update(token for token in re.findall(r"[A-Za-z]+", text) if token.islower())
        words.update(token.lower() for token in re.findall(r"[A-Za-z]+", row["category"]))
    return words


def main(path):
    entries = {}
    with open(path, encoding="utf-8") as tsv:
        rows = list(csv.DictReader(tsv, delimiter="\t"))
    ordinary = ordinary_words(rows)
    for row in rows:
        occupations = int(row["occupations"])
        if not (row["hot_technology"] == "Y" or row["in_demand"] == "Y" or occupations >= 3):
            continue
        name = row["example"].strip()
        canonical, word_alias = short_name(name)
        words = canonical.split()
        descriptive = canonical == canonical[0] + canonical[1:].lower() and not re.search(r"[0-9+#.]", canonical)
        if descriptive and (len(words) == 1 and (not PLAIN_WORD.match(canonical) or canonical.lower() in ordinary)
                            or len(words) > 4 or (len(words) > 1 and occupations < 20)):
            continue
        if len(words) == 1 and canonical.lower() in ("software", "systems", "tools"):
            continue
        aliases = entries.setdefault(canonical, [])
        for alias in (name, re.sub(r"\s+software$", "", name)):
            if alias != canonical and alias not in aliases:
                aliases.append(alias)
        product = re.match(r"^(.+?) (?:Server|Enterprise|Suite|Platform)$", canonical)
        if product and (re.search(r"[a-z][A-Z]", product.group(1)) or " " in product.group(1)) and product.group(1) not in aliases:
            aliases.append(product.group(1))
        marked = None
        if word_alias:
            marked = None if word_alias.lower() in ordinary else "?" + word_alias
        elif len(words) == 1 and (PLAIN_WORD.match(canonical) or re.match(r"^[A-Z]{1,4}$", canonical)
                                  or canonical.isupper() and canonical.lower() in ordinary):
            marked = "?" + canonical
        elif len(words) == 1 and canonical.isupper():
            marked = "=" + canonical
        if marked and marked not in aliases:
            aliases.append(marked)
    print("# Generated by careergpt-service/onet-taxonomy.py from O*NET 29.2 technology skills (CC BY 4.0, see NOTICE).")
    print("# \"=Name\" matches only that exact case; \"?Name\" only that exact case and only in a skills context.")
    print("categories:")
    print("  tools:")
    for canonical in sorted(entries, key=str.lower):
        aliases = entries[canonical]
        if aliases:
            print("    - " + yaml_string(canonical) + ": [" + ", ".join(yaml_string(a) for a in aliases) + "]")
        else:
            print("    - " + yaml_string(canonical))


if __name__ == "__main__":
    main(sys.argv[1])
