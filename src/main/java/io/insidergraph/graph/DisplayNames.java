package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a person's name as the SEC files it ("Last First Middle [Suffix]", often in capitals) into the order
 * people read it: "LAGUERRE MARTIN" → "Martin Laguerre", "Smith John A Jr" → "John A Smith Jr". Names already in
 * mixed case keep their spelling; names in capitals are title-cased (also after hyphens and apostrophes).
 */
final class DisplayNames {

    private static final Set<String> SUFFIXES = Set.of("JR", "JR.", "SR", "SR.", "II", "III", "IV", "V", "MD",
            "M.D.", "PHD", "PH.D.", "ESQ", "ESQ.", "CPA");

    private DisplayNames() {
    }

    static String ofPerson(String filedName) {
        var cleaned = filedName.replace(',', ' ').strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            return filedName.strip();
        }
        var words = new ArrayList<>(Arrays.asList(cleaned.split(" ")));
        var suffixes = new ArrayList<String>();
        while (words.size() > 2 && SUFFIXES.contains(words.getLast().toUpperCase(Locale.ROOT))) {
            suffixes.addFirst(words.removeLast());
        }
        if (words.size() > 1) {
            words.add(words.removeFirst());
        }
        words.addAll(suffixes);
        var joined = String.join(" ", words);
        return isAllCaps(joined) ? titleCase(words, suffixes) : joined;
    }

    private static boolean isAllCaps(String name) {
        return name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static String titleCase(List<String> words, List<String> suffixes) {
        var result = new StringBuilder();
        for (var word : words) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            boolean keepCaps = suffixes.contains(word) && !word.equalsIgnoreCase("jr") && !word.equalsIgnoreCase("sr")
                    && !word.equalsIgnoreCase("jr.") && !word.equalsIgnoreCase("sr.");
            result.append(keepCaps ? word : capitalise(word));
        }
        return result.toString();
    }

    private static String capitalise(String word) {
        var out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '.';
        }
        return out.toString();
    }
}
